using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Renders write-up Markdown to HTML safely: raw HTML is shown as text, images are not
/// accepted (their description is shown instead, once; see docs/decisions/005), and only http,
/// https and mailto links (or links within the site) become links; a refused link shows its
/// words once. Everything user-written goes through here.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private readonly MarkdownPipeline pipeline = Pipeline;

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
            if (link.IsImage || !IsSafeUrl(link.Url)) Unwrap(link);
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
            if (!IsSafeUrl(link.Url)) link.ReplaceBy(new LiteralInline(link.Url));
        foreach (var link in document.Descendants<LinkInline>())
            link.GetAttributes().AddProperty("rel", "nofollow noopener");
        foreach (var link in document.Descendants<AutolinkInline>())
            link.GetAttributes().AddProperty("rel", "nofollow noopener");
        return document.ToHtml(pipeline);
    }

    /// <summary>True when the Markdown holds an image (<c>![description](address)</c>), which write-ups do not accept.</summary>
    public static bool ContainsImage(string? markdown) =>
        !string.IsNullOrWhiteSpace(markdown) && markdown.Contains("![", StringComparison.Ordinal)
        && Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>().Any(l => l.IsImage);

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

    // The link's words stay readable, once and with their emphasis; what made it a link (or an
    // image) goes. (Replacing the link with a literal of its words also kept its children,
    // which showed the words twice.)
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
