using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Home;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class HomeController(PublishedInitiatives initiatives, PublishedDossiers dossiers, FeaturedItems featured) : Controller
{
    public const int LatestCount = 6;
    public const int DossierCount = 3;

    [HttpGet("/")]
    public IActionResult Index()
    {
        var latest = initiatives.Latest(LatestCount);
        var latestDossiers = dossiers.List(DossierCount);
        return View(new HomeViewModel(initiatives.ThemeCounts(), latest, featured.Current(), latestDossiers));
    }
}

/// <summary>
/// The home page: what editors feature (in their order), or the latest publications when
/// nothing is featured; the latest dossiers and write-ups; the themes with their counts.
/// </summary>
public sealed record HomeViewModel(IReadOnlyDictionary<string, int> ThemeCounts, IReadOnlyList<InitiativeCard> Latest,
    IReadOnlyList<Featured> Featured, IReadOnlyList<DossierCardView> Dossiers)
{
    /// <summary>The "À la une" block: the featured items, or else the three latest publications, dossiers and write-ups together.</summary>
    public IReadOnlyList<Featured> Headline => Featured.Count > 0
        ? Featured
        : [.. Dossiers.Select(d => (Date: d.PublishedAt ?? DateTime.MinValue, Item: new Featured(0, null, null, d, d.Title, true)))
            .Concat(Latest.Select(i => (Date: i.PublishedAt ?? DateTime.MinValue, Item: new Featured(0, null, i, null, i.Title, true))))
            .OrderByDescending(x => x.Date).Take(3).Select(x => x.Item)];

    public bool IsFallback => Featured.Count == 0;
}
