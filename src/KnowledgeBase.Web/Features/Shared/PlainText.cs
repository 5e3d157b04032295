using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>Plain text typed by members (comments, feedback), shown encoded with its line breaks.</summary>
public static class PlainText
{
    // Accented French stays readable, as in the rest of the site's HTML.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent WithLineBreaks(string? text)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line => Encoder.Encode(line));
        return new HtmlString(string.Join("<br>", lines));
    }
}
