using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Renders write-up Markdown to HTML safely: raw HTML is shown as text, images are shown as
/// their description, and only http, https and mailto links (or links within the site)
/// become links. Everything user-written goes through here.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
            if (link.IsImage || !IsSafeUrl(link.Url)) ReplaceWithText(link);
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
            if (!IsSafeUrl(link.Url)) link.ReplaceBy(new LiteralInline(link.Url));
        foreach (var link in document.Descendants<LinkInline>())
            link.GetAttributes().AddProperty("rel", "nofollow noopener");
        foreach (var link in document.Descendants<AutolinkInline>())
            link.GetAttributes().AddProperty("rel", "nofollow noopener");
        return document.ToHtml(pipeline);
    }

    /// <summary>Plain text of the Markdown (for summaries, indexing and excerpts).</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, pipeline).Trim();

    /// <summary>
    /// Allow-list, checked on the URL as Markdig decoded it (entities and escapes already
    /// resolved), after removing what browsers ignore (whitespace and control characters).
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (cleaned.StartsWith('/') && !cleaned.StartsWith("//") && !cleaned.StartsWith("/\\")) return true;
        if (cleaned.StartsWith('#')) return true;
        return cleaned.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || cleaned.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || cleaned.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    // The link's words stay readable; what made it a link (or an image) goes.
    private static void ReplaceWithText(LinkInline link)
    {
        var words = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        link.ReplaceBy(new LiteralInline(words));
    }
}
