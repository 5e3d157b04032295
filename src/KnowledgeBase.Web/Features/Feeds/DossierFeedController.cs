using KnowledgeBase.Core.Dossiers;

namespace KnowledgeBase.Web.Features.Feeds;

/// <summary>The Atom feed of the dossiers newly published or revised.</summary>
public sealed class DossierFeedController(PublishedDossiers dossiers, AtomFeeds feeds) : Controller
{
    [HttpGet("/feeds/dossiers.atom")]
    public IActionResult Dossiers() => feeds.Dossiers(dossiers.All().Take(AtomFeeds.EntryCount).ToList());
}
