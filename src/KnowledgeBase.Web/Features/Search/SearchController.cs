using System.Globalization;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Search;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class SearchController(InitiativeSearch search, PublishedInitiatives published, Catalog catalog, ISiteLinks links,
    IStringLocalizer<SharedResource> T) : Controller
{
    /// <summary>Dossiers shown above the write-ups, on the first page of a search with words.</summary>
    public const int DossierHits = 3;

    [HttpGet("/search")]
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
    [HttpGet("/search.csv")]
    public IActionResult Csv([FromQuery] SearchParameters parameters)
    {
        var english = CurrentLanguage.IsEnglish;
        var header = new[]
        {
            T["Fiche"].Value, T["Titre"], T["Résumé"], T["Adresse"], T["Thématiques"], T["Publics"], T["Région"], T["Département"],
            T["Type de structure porteuse"], T["Stade"], T["Niveau de preuve"], T["Publiée le"],
        };
        var hits = search.All(parameters.ToQuery(english));
        return new CsvDownload("recherche.csv", header, hits.Chunk(InitiativeSearch.BatchSize).SelectMany(chunk =>
        {
            // The index gives the order, the database the published fields; a write-up
            // unpublished in between is left out rather than shown from a stale index.
            var entries = published.Entries(chunk.Select(h => h.Id).ToList()).ToDictionary(e => e.Initiative.Id);
            return chunk.Where(h => entries.ContainsKey(h.Id)).Select(h => Row(entries[h.Id], english));
        }));
    }

    private IReadOnlyList<string> Row(PublicEntry entry, bool english)
    {
        var c = entry.Content;
        return
        [
            entry.Initiative.Slug,
            c.Title,
            c.Summary,
            links.Absolute($"/initiatives/{entry.Initiative.Slug}"),
            string.Join(", ", c.Themes.Select(t => catalog.Label(TaxonomyKinds.Themes, t, english))),
            string.Join(", ", c.Publics.Select(t => catalog.Label(TaxonomyKinds.Publics, t, english))),
            catalog.Region(c.Territory.RegionCode)?.Name ?? c.Territory.RegionCode,
            catalog.Departement(c.Territory.DepartementCode)?.Name ?? c.Territory.DepartementCode,
            catalog.Label(TaxonomyKinds.OrganisationTypes, c.LeadOrganisation.Type, english),
            catalog.Label(TaxonomyKinds.Stages, c.Stage, english),
            catalog.Label(TaxonomyKinds.EvidenceLevels, entry.Initiative.EvidenceLevel.ToSlug(), english),
            (entry.Initiative.PublishedAt ?? entry.Initiative.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }
}

public sealed record SearchViewModel(SearchParameters Parameters, LabelledResults Results)
{
    /// <summary>Matching dossiers, shown apart from the write-ups (first page only).</summary>
    public IReadOnlyList<KnowledgeBase.Search.SearchHit> Dossiers { get; init; } = [];

    public int DossierTotal { get; init; }
}
