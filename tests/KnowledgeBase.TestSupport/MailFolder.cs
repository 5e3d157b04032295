using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.TestSupport;

/// <summary>An email the site wrote to its pickup folder, decoded.</summary>
public sealed record Mail(string File, string To, string Subject, string Body)
{
    /// <summary>The first link in the body whose path starts with <paramref name="path"/>, made relative to the site.</summary>
    public string Link(string path)
    {
        var match = Regex.Match(Body, @"https?://[^/\s]+(" + Regex.Escape(path) + @"[^\s]*)");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"Pas de lien {path} dans :\n{Body}");
    }

    /// <summary>The same link, whole (for a browser).</summary>
    public string AbsoluteLink(string path) =>
        Regex.Match(Body, $@"https?://\S+{Regex.Escape(path)}\S*").Value is { Length: > 0 } link
            ? link
            : throw new InvalidOperationException($"Pas de lien vers {path} dans :\n{Body}");
}

/// <summary>
/// Reads the .eml files that the site writes to its pickup folder when no SMTP server is
/// configured (the default in tests), as a person reads their mail. Mail is sent in the
/// background, in order: wait for it.
/// </summary>
public static class MailFolder
{
    /// <summary>Every message written so far, oldest first.</summary>
    public static IReadOnlyList<Mail> All(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml")
            .Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name)
            .Select(f => Parse(f.FullName)).ToList();
    }

    public static IReadOnlyList<Mail> To(string folder, string address) =>
        All(folder).Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Waits until <paramref name="address"/> has received <paramref name="count"/> messages; returns the last.</summary>
    public static Task<Mail> WaitFor(string folder, string address, int count = 1) =>
        Poll.Until(() => Task.FromResult(To(folder, address) is { } received && received.Count >= count ? received[count - 1] : null),
            $"courriel n° {count} pour {address} dans {folder}");

    public static Mail Parse(string file)
    {
        var raw = System.IO.File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n");
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var headerText = Regex.Replace(raw[..split], @"\n[ \t]+", " ");
        var headers = headerText.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = raw[(split + 2)..];
        body = headers.GetValueOrDefault("Content-Transfer-Encoding")?.ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable(body),
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            _ => body,
        };
        var to = headers.GetValueOrDefault("To") ?? "";
        var address = Regex.Match(to, "<([^>]+)>");
        return new Mail(file, address.Success ? address.Groups[1].Value : to, EncodedWords(headers.GetValueOrDefault("Subject") ?? ""), body);
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
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    // RFC 2047: =?utf-8?B?...?= or =?utf-8?Q?...?=, adjacent words joined without the space between.
    private static string EncodedWords(string value)
    {
        value = Regex.Replace(value, @"\?=\s+=\?", "?==?");
        return Regex.Replace(value, @"=\?([^?]+)\?([BbQq])\?([^?]*)\?=", m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups[1].Value);
            return m.Groups[2].Value is "B" or "b"
                ? encoding.GetString(Convert.FromBase64String(m.Groups[3].Value))
                : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
        });
    }
}
