using System.Globalization;
using KnowledgeBase.Core.Observation;
using KnowledgeBase.Search;
using KnowledgeBase.Web.Features.Search;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Observatory;

/// <summary>
/// The observatory of one search, ready to show and to download: per figure its title, text
/// summary, data table (the CSV holds the same table) and the links of its counts, each to the
/// search that gives that count.
/// </summary>
public sealed class ObservatoryPage(SearchParameters parameters, ObservatoryReport report, IStringLocalizer<SharedResource> T)
{
    public const string ThemeByRegion = "theme-region";
    public const string ThemeByYear = "theme-year";

    /// <summary>Every figure, by the key of its CSV (/observatoire/{key}.csv).</summary>
    public static readonly IReadOnlyList<string> Keys = [.. Core.Observation.Observatory.Dimensions, ThemeByRegion, ThemeByYear];

    private static readonly Dictionary<string, (string Title, string Column)> Texts = new()
    {
        [FacetNames.Theme] = ("Fiches par thématique", "Thématique"),
        [FacetNames.Public] = ("Fiches par public", "Public"),
        [FacetNames.Region] = ("Fiches par région", "Région"),
        [FacetNames.Departement] = ("Fiches par département", "Département"),
        [FacetNames.OrganisationType] = ("Fiches par type de structure porteuse", "Type de structure porteuse"),
        [FacetNames.Stage] = ("Fiches par stade d'avancement", "Stade"),
        [FacetNames.Evidence] = ("Fiches par niveau de preuve", "Niveau de preuve"),
        [FacetNames.Year] = ("Fiches par année de publication", "Année de publication"),
        [FacetNames.Period] = ("Fiches par période de démarrage", "Période de démarrage"),
        [ThemeByRegion] = ("Thématiques par région", "Thématique"),
        [ThemeByYear] = ("Thématiques par année de publication", "Thématique"),
    };

    // A write-up has several themes and publics: their shares do not add up to 100 %.
    private static readonly HashSet<string> MultiValued = [FacetNames.Theme, FacetNames.Public];

    public SearchParameters Parameters => parameters;
    public ObservatoryReport Report => report;

    public string Title(string key) => T[Texts[key].Title];

    /// <summary>The column that names a dimension's values ("Thématique").</summary>
    public string Column(string dimension) => T[Texts[dimension].Column];

    public string CsvLink(string key) => parameters.Link($"/observatoire/{key}.csv");

    public string SearchLink(params (string Facet, string Value)[] replace) => parameters.Link("/recherche", replace);

    /// <summary>The search behind the whole observatory: every write-up it counts.</summary>
    public string AllResultsLink => parameters.Link("/recherche");

    public string Summary(string key)
    {
        if (report.Total == 0) return T["Aucune fiche publiée ne correspond à ces critères."];
        if (key is ThemeByRegion or ThemeByYear) return CrossSummary(key == ThemeByRegion ? report.ThemeByRegion : report.ThemeByYear);
        var figure = report.Figure(key);
        var top = figure.Values.OrderByDescending(v => v.Count).First();
        var nonZero = figure.NonZero.Count();
        var text = Plural.Of(T["« {0} » vient en tête avec {1} fiche sur {2} ({3} %).|« {0} » vient en tête avec {1} fiche sur {2} ({3} %).|« {0} » vient en tête avec {1} fiches sur {2} ({3} %)."], top.Count, top.Label, top.Count, report.Total, Share(top.Count))
            + " " + Plural.Of(T["Aucune valeur sur {1} ne compte de fiche.|{0} valeur sur {1} compte au moins une fiche.|{0} valeurs sur {1} comptent au moins une fiche."], nonZero, nonZero, figure.Values.Count);
        return MultiValued.Contains(key) ? text + " " + T["Une fiche peut relever de plusieurs valeurs : les parts ne s'additionnent pas."] : text;
    }

    private string CrossSummary(CrossTable table)
    {
        var cells = table.Rows.SelectMany((row, r) => table.Columns.Select((column, c) => (Row: row, Column: column, Count: table.Cells[r][c]))).ToList();
        if (cells.Count == 0 || cells.Max(c => c.Count) == 0) return T["Aucune fiche publiée ne correspond à ces critères."];
        var top = cells.OrderByDescending(c => c.Count).First();
        var nonZero = cells.Count(c => c.Count > 0);
        return Plural.Of(T["La combinaison la plus fréquente est « {0} » et « {1} » ({2} fiche).|La combinaison la plus fréquente est « {0} » et « {1} » ({2} fiche).|La combinaison la plus fréquente est « {0} » et « {1} » ({2} fiches)."], top.Count, top.Row.Label, top.Column.Label, top.Count)
            + " " + Plural.Of(T["Aucune case sur {1} ne compte de fiche.|{0} case sur {1} compte au moins une fiche.|{0} cases sur {1} comptent au moins une fiche."], nonZero, nonZero, cells.Count);
    }

    /// <summary>The figure's table: code, value, count (linked to its search), share of the write-ups counted.</summary>
    public DataTable Table(string key)
    {
        if (key is ThemeByRegion or ThemeByYear) return CrossTable(key, key == ThemeByRegion ? report.ThemeByRegion : report.ThemeByYear);
        var figure = report.Figure(key);
        var rows = figure.Values.Select(v => new DataRow(
        [
            new DataCell(v.Value),
            new DataCell(v.Label, IsHeader: true),
            new DataCell(Number(v.Count), SearchLink((key, v.Value)), IsNumber: true),
            new DataCell(Share(v.Count), IsNumber: true),
        ])).ToList();
        return new DataTable(Title(key), [T["Code"], Column(key), T["Fiches"], T["Part des fiches (%)"]], rows);
    }

    private DataTable CrossTable(string key, CrossTable table)
    {
        var rows = table.Rows.Select((row, r) => new DataRow(
        [
            new DataCell(row.Value),
            new DataCell(row.Label, IsHeader: true),
            .. table.Columns.Select((column, c) =>
                new DataCell(Number(table.Cells[r][c]), SearchLink((table.RowDimension, row.Value), (table.ColumnDimension, column.Value)), IsNumber: true)),
            new DataCell(Number(row.Count), SearchLink((table.RowDimension, row.Value)), IsNumber: true),
        ])).ToList();
        var footer = new DataRow(
        [
            new DataCell(""),
            new DataCell(T["Ensemble des fiches"], IsHeader: true),
            .. table.Columns.Select(column => new DataCell(Number(column.Count), SearchLink((table.ColumnDimension, column.Value)), IsNumber: true)),
            new DataCell(Number(report.Total), AllResultsLink, IsNumber: true),
        ]);
        return new DataTable(Title(key), [T["Code"], Column(table.RowDimension), .. table.Columns.Select(c => c.Label), T["Ensemble"]], rows, footer);
    }

    /// <summary>How a département is named on the map: its name, code and count.</summary>
    // "0 fiche", not "aucune fiche": the map shows the digit, and a name must contain the visible text (WCAG 2.5.3).
    public string MapName(FigureValue departement) => Plural.Of(T["{0} : 0 fiche|{0} : {1} fiche|{0} : {1} fiches"], departement.Count, departement.Label, departement.Count);

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);

    private string Share(int count) =>
        report.Total == 0 ? "0" : (count * 100.0 / report.Total).ToString("0.#", CultureInfo.CurrentCulture);
}
