using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.BrowserTests.Infrastructure;

/// <summary>Reads the .eml files the site leaves in its pickup folder, as a person reads their mail.</summary>
public static class PickupMail
{
    /// <summary>Waits for a message to <paramref name="address"/> and returns its decoded body.</summary>
    public static async Task<string> WaitForBody(string folder, string address)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (Directory.Exists(folder))
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var (to, body) = Read(file);
                    if (to.Contains(address, StringComparison.OrdinalIgnoreCase)) return body;
                }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Aucun courriel pour {address} dans {folder}.");
    }

    /// <summary>The first link of the body to <paramref name="path"/>.</summary>
    public static string Link(string body, string path) =>
        Regex.Match(body, $@"https?://\S+{Regex.Escape(path)}\S*").Value is { Length: > 0 } link
            ? link
            : throw new InvalidOperationException($"Pas de lien vers {path} dans : {body}");

    private static (string To, string Body) Read(string file)
    {
        var raw = File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n");
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = raw[..split];
        var body = raw[(split + 2)..];
        var to = Regex.Match(headers, @"(?mi)^To:\s*(.*)$").Groups[1].Value;
        var encoding = Regex.Match(headers, @"(?mi)^Content-Transfer-Encoding:\s*(\S+)").Groups[1].Value.ToLowerInvariant();
        body = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return (to, body);
    }

    private static string QuotedPrintable(string text)
    {
        text = text.Replace("=\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
