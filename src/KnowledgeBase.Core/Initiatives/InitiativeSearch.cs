using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// The site's search: a visitor's query and filters in, hits with excerpts and labelled facet
/// counts out. The index holds published write-ups only.
/// </summary>
public sealed class InitiativeSearch(SearchIndexHost host, Catalog catalog)
{
    public const int PageSize = 20;

    public LabelledResults Search(SearchQuery query)
    {
        var filters = query.Filters
            .Where(f => f.Value.Count > 0)
            .ToDictionary(f => f.Key, f => (IReadOnlyCollection<string>)f.Value);
        var results = host.Index.Search(new SearchRequest
        {
            Query = query.Text,
            Filters = filters,
            Sort = query.ByDate ? SearchSort.Date : SearchSort.Relevance,
            Page = query.Page,
            PageSize = PageSize,
        });
        var facets = FacetNames.All.ToDictionary(name => name, name =>
            (IReadOnlyList<LabelledFacet>)(results.Facets.GetValueOrDefault(name) ?? [])
                .Select(f => new LabelledFacet(f.Value, Label(name, f.Value, query.English), f.Count)).ToList());
        var pageCount = Math.Max(1, (results.Total + PageSize - 1) / PageSize);
        return new LabelledResults(results.Total, results.Hits, facets, results.Suggestion, Math.Min(query.Page, pageCount), pageCount);
    }

    /// <summary>Write-ups like this one, for its page.</summary>
    public IReadOnlyList<SearchHit> Similar(long id, int count = 5) => host.Index.Similar(id, count);

    /// <summary>The display label of a facet value: taxonomy label, territory name, or the value itself.</summary>
    public string Label(string facet, string value, bool english) => facet switch
    {
        FacetNames.Theme => catalog.Label(TaxonomyKinds.Themes, value, english),
        FacetNames.Public => catalog.Label(TaxonomyKinds.Publics, value, english),
        FacetNames.Stage => catalog.Label(TaxonomyKinds.Stages, value, english),
        FacetNames.Evidence => catalog.Label(TaxonomyKinds.EvidenceLevels, value, english),
        FacetNames.Region => catalog.Region(value)?.Name ?? value,
        FacetNames.Departement => catalog.Departement(value) is { } d ? $"{d.Name} ({d.Code})" : value,
        _ => value,
    };
}

/// <summary>What a visitor asked: text, facet filters (facet name → values), order, page, language.</summary>
public sealed record SearchQuery(string? Text, IReadOnlyDictionary<string, List<string>> Filters, bool ByDate, int Page, bool English);

public sealed record LabelledFacet(string Value, string Label, int Count);

public sealed record LabelledResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<LabelledFacet>> Facets,
    string? Suggestion,
    int Page,
    int PageCount);
