using System.Globalization;
using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Search;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class SearchController(InitiativeSearch search, InitiativeExports exports) : Controller
{
    /// <summary>Dossiers shown above the write-ups, on the first page of a search with words.</summary>
    public const int DossierHits = 3;

    [HttpGet("/recherche")]
    public IActionResult Index([FromQuery] SearchParameters parameters)
    {
        var results = search.Search(parameters.ToQuery(CurrentLanguage.IsEnglish));
        var dossiers = results.Page == 1 ? search.Dossiers(parameters.Q, DossierHits) : (0, []);
        // Read by SearchQueryRecording, with the page itself or from the kept copy: a search
        // that finds only a dossier found something.
        Response.Headers[SearchQueryRecording.ResultsHeader] = (results.Total + dossiers.Total).ToString(CultureInfo.InvariantCulture);
        return View(new SearchViewModel(parameters, results) { Dossiers = dossiers.Hits, DossierTotal = dossiers.Total });
    }

    /// <summary>Every match of the same search (not only a page), in the same order, one write-up a row.</summary>
    [HttpGet("/recherche.csv")]
    public IActionResult Csv([FromQuery] SearchParameters parameters) => exports.Search(search.All(parameters.ToQuery(CurrentLanguage.IsEnglish)));
}

public sealed record SearchViewModel(SearchParameters Parameters, LabelledResults Results)
{
    /// <summary>Matching dossiers, shown apart from the write-ups (first page only).</summary>
    public IReadOnlyList<KnowledgeBase.Search.SearchHit> Dossiers { get; init; } = [];

    public int DossierTotal { get; init; }
}
