using System.Globalization;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;

namespace KnowledgeBase.Core.Observation;

/// <summary>
/// What the base holds, counted by the search itself: a filtered observatory is the facet
/// counts of the same search (one search for the figures, one per theme row for the
/// cross-tables), so that every figure equals the number of results its link leads to.
/// </summary>
public sealed class Observatory(InitiativeSearch search, Catalog catalog)
{
    /// <summary>The dimensions counted, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<string> Dimensions =
    [
        FacetNames.Theme, FacetNames.Public, FacetNames.Region, FacetNames.Departement, FacetNames.OrganisationType,
        FacetNames.Stage, FacetNames.Evidence, FacetNames.Year, FacetNames.Period,
    ];

    public ObservatoryReport Report(SearchQuery query)
    {
        var totals = search.Count(query, Dimensions);
        var figures = Dimensions.Select(d => new Figure(d, Complete(d, totals.Facets[d], query.English))).ToList();
        var themes = Axis(figures.Single(f => f.Dimension == FacetNames.Theme), query.Selected(FacetNames.Theme));
        var regions = Axis(figures.Single(f => f.Dimension == FacetNames.Region), query.Selected(FacetNames.Region));
        var years = Axis(figures.Single(f => f.Dimension == FacetNames.Year), query.Selected(FacetNames.Year), keepGaps: true);

        // Per theme, the same search restricted to it: its région and year counts are the rows.
        var perTheme = themes.Select(t => search.Count(query.With(FacetNames.Theme, t.Value), [FacetNames.Region, FacetNames.Year])).ToList();
        return new ObservatoryReport(
            totals.Total,
            figures,
            Cross(FacetNames.Theme, FacetNames.Region, themes, regions, perTheme),
            Cross(FacetNames.Theme, FacetNames.Year, themes, years, perTheme));
    }

    /// <summary>One dimension's figure only (one search), e.g. the départements for a map.</summary>
    public Figure Figure(SearchQuery query, string dimension) =>
        new(dimension, Complete(dimension, search.Count(query, [dimension]).Facets[dimension], query.English));

    private static CrossTable Cross(string rowDimension, string columnDimension, IReadOnlyList<FigureValue> rows,
        IReadOnlyList<FigureValue> columns, IReadOnlyList<FacetTotals> perRow)
    {
        var cells = perRow.Select(r =>
        {
            var counts = r.Facets[columnDimension].ToDictionary(f => f.Value, f => f.Count);
            return (IReadOnlyList<int>)columns.Select(c => counts.GetValueOrDefault(c.Value)).ToList();
        }).ToList();
        return new CrossTable(rowDimension, columnDimension, rows, columns, cells);
    }

    /// <summary>The values a cross-table shows along a dimension: the selection if any, else the values that occur.</summary>
    private static List<FigureValue> Axis(Figure figure, IReadOnlyList<string> selected, bool keepGaps = false)
    {
        if (selected.Count > 0) return figure.Values.Where(v => selected.Contains(v.Value)).ToList();
        if (!keepGaps) return figure.NonZero.ToList();
        var first = figure.Values.ToList().FindIndex(v => v.Count > 0);
        var last = figure.Values.ToList().FindLastIndex(v => v.Count > 0);
        return first < 0 ? [] : figure.Values.Skip(first).Take(last - first + 1).ToList();
    }

    /// <summary>The search's counts, completed with the values that none of the matches carries.</summary>
    private List<FigureValue> Complete(string dimension, IReadOnlyList<LabelledFacet> counted, bool english)
    {
        var counts = counted.ToDictionary(f => f.Value, f => f.Count);
        FigureValue Value(string value) => new(value, search.Label(dimension, value, english), counts.GetValueOrDefault(value));
        List<FigureValue> ByCount(IEnumerable<string> known) =>
            known.Concat(counts.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
                .Select(Value).OrderByDescending(v => v.Count).ToList(); // stable: equal counts keep the vocabulary's order

        return dimension switch
        {
            FacetNames.Theme => ByCount(Slugs(TaxonomyKinds.Themes)),
            FacetNames.Public => ByCount(Slugs(TaxonomyKinds.Publics)),
            FacetNames.OrganisationType => ByCount(Slugs(TaxonomyKinds.OrganisationTypes)),
            FacetNames.Stage => ByCount(Slugs(TaxonomyKinds.Stages)),
            FacetNames.Evidence => ByCount(Slugs(TaxonomyKinds.EvidenceLevels)),
            FacetNames.Region => ByCount(catalog.Regions.Select(r => r.Code).ToList()),
            FacetNames.Departement => catalog.Regions.SelectMany(r => r.Departements).Select(d => d.Code)
                .Concat(counts.Keys).Distinct().Order(StringComparer.Ordinal).Select(Value).ToList(),
            FacetNames.Year => Years(counts.Keys).Select(Value).ToList(),
            _ => counts.Keys.Order(StringComparer.Ordinal).Select(Value).ToList(),
        };
    }

    private List<string> Slugs(string kind) => catalog.Terms(kind).Select(t => t.Slug).ToList();

    /// <summary>Every year from the first to the last one counted: a year without publication shows as 0.</summary>
    private static IEnumerable<string> Years(IEnumerable<string> values)
    {
        var years = values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .OfType<int>().Where(y => y is >= 1900 and <= 2200).ToList();
        var odd = values.Where(v => !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2200);
        return years.Count == 0 ? odd : Enumerable.Range(years.Min(), years.Max() - years.Min() + 1)
            .Select(y => y.ToString(CultureInfo.InvariantCulture)).Concat(odd);
    }
}
