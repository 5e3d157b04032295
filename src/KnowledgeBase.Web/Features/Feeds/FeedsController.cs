using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Features.Shared;

namespace KnowledgeBase.Web.Features.Feeds;

/// <summary>
/// Atom feeds of write-ups newly published or updated (what the public sees changed): all of
/// them, per theme and per région. Each entry has its summary, link, dates and themes as categories.
/// </summary>
public sealed class FeedsController(PublishedInitiatives published, Catalog catalog, AtomFeeds feeds) : Controller
{
    [HttpGet("/feeds/initiatives.atom")]
    public IActionResult All() => feeds.Initiatives("/feeds/initiatives.atom", null, "/initiatives",
        published.RecentlyChanged(AtomFeeds.EntryCount));

    [HttpGet("/feeds/themes/{slug}.atom")]
    public IActionResult Theme(string slug) =>
        catalog.Term(TaxonomyKinds.Themes, slug) is { } theme
            ? feeds.Initiatives($"/feeds/themes/{slug}.atom", theme.Label(CurrentLanguage.IsEnglish),
                $"/thematiques/{slug}", published.RecentlyChanged(AtomFeeds.EntryCount, theme: slug))
            : NotFound();

    [HttpGet("/feeds/regions/{code}.atom")]
    public IActionResult Region(string code) =>
        catalog.Region(code) is { } region
            ? feeds.Initiatives($"/feeds/regions/{code}.atom", region.Name,
                $"/recherche?region={code}", published.RecentlyChanged(AtomFeeds.EntryCount, region: code))
            : NotFound();
}
