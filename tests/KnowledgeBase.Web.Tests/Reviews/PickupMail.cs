using KnowledgeBase.Web.Tests.Infrastructure;

namespace KnowledgeBase.Web.Tests.Reviews;

/// <summary>The emails the site wrote to its pickup folder, decoded so that their text can be searched.</summary>
internal static class PickupMail
{
    /// <summary>Every message in the site's pickup folder, decoded.</summary>
    public static IReadOnlyList<string> All(SiteFactory site)
    {
        var folder = Path.Combine(site.DataFolder, "mail-pickup");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(Decode).ToList() : [];
    }

    public static IReadOnlyList<string> To(SiteFactory site, string address) =>
        All(site).Where(m => m.Contains("To: " + address, StringComparison.OrdinalIgnoreCase) || m.Contains("<" + address + ">")).ToList();

    /// <summary>The whole message with its quoted-printable or base64 body decoded, so that texts can be searched.</summary>
    public static string Decode(string file)
    {
        var raw = File.ReadAllText(file);
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0) return raw;
        var headers = raw[..split];
        var body = raw[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        else if (headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            body = body.Replace("=\r\n", "");
            var bytes = new List<byte>();
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == '=' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
                {
                    bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(body[i].ToString()));
            }
            body = System.Text.Encoding.UTF8.GetString(bytes.ToArray());
        }
        return headers + "\r\n\r\n" + body;
    }
}
