using KnowledgeBase.Core.Observation;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;
using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Territories;

/// <summary>
/// Régions and départements with their published write-ups, as lists and as a map. The
/// counts are the search's (the observatory's), so each equals the search its link leads to.
/// </summary>
[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class TerritoriesController(Core.Observation.Observatory observatory, Catalog catalog, IStringLocalizer<SharedResource> T) : Controller
{
    [HttpGet("/territoires")]
    public IActionResult Index() => View(Model());

    [HttpGet("/territoires.csv")]
    public IActionResult Csv()
    {
        var table = Model().Table;
        return new CsvDownload("territoires-departements.csv", table.Header, table.TextRows());
    }

    private TerritoriesViewModel Model()
    {
        var everything = new SearchQuery(null, new Dictionary<string, List<string>>(), false, 1, CurrentLanguage.IsEnglish);
        var departements = observatory.Figure(everything, FacetNames.Departement);
        var regions = observatory.Figure(everything, FacetNames.Region);
        var table = new DataTable(T["Fiches par département"], [T["Code"], T["Département"], T["Région"], T["Fiches"]],
            departements.Values.Select(d => new DataRow(
            [
                new DataCell(d.Value),
                new DataCell(d.Label, IsHeader: true),
                new DataCell(catalog.Region(catalog.Departement(d.Value)?.RegionCode)?.Name ?? ""),
                new DataCell(d.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Link(FacetNames.Departement, d.Value), IsNumber: true),
            ])).ToList());
        return new TerritoriesViewModel(
            regions.Values.ToDictionary(v => v.Value, v => v.Count),
            departements.Values.ToDictionary(v => v.Value, v => v.Count),
            departements,
            table,
            Plural.Of(T["Aucun département sur {1} ne compte de fiche publiée.|{0} département sur {1} compte au moins une fiche publiée ; le plus représenté est {2}.|{0} départements sur {1} comptent au moins une fiche publiée ; le plus représenté est {2}."],
                departements.NonZero.Count(), departements.NonZero.Count(), departements.Values.Count,
                departements.Values.OrderByDescending(v => v.Count).Select(v => $"{v.Label} ({v.Count})").FirstOrDefault() ?? "–"));
    }

    public static string Link(string facet, string value) => $"/recherche?{facet}={Uri.EscapeDataString(value)}";
}

public sealed record TerritoriesViewModel(
    IReadOnlyDictionary<string, int> RegionCounts,
    IReadOnlyDictionary<string, int> DepartementCounts,
    Figure Departements,
    DataTable Table,
    string MapSummary);
