using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeBase.Core.Content;

/// <summary>One section of a revision rendered to safe HTML.</summary>
public sealed record SectionHtml(string Key, string Heading, string Html);

/// <summary>
/// The rendered sections of a revision, kept in memory by revision id: a revision never
/// changes once saved (docs/decisions/001), so its HTML never goes stale, and a write-up page
/// does not run Markdig on ten sections for every visitor. Entries not read for
/// <see cref="Idle"/> leave the cache.
/// </summary>
public sealed class RevisionHtml(MarkdownRenderer markdown, IMemoryCache cache)
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    public IReadOnlyList<SectionHtml> Sections(Revision revision) =>
        cache.GetOrCreate(("revision-html", revision.Id), entry =>
        {
            entry.SlidingExpiration = Idle;
            return (IReadOnlyList<SectionHtml>)SectionHeadings.All
                .Select(s => new SectionHtml(s.Key, s.Heading, markdown.ToHtml(s.Get(revision.Content.Sections))))
                .Where(s => s.Html.Length > 0)
                .ToList();
        })!;
}
