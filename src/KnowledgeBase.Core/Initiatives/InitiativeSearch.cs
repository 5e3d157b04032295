using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// The site's search: a visitor's query and filters in, hits with excerpts and labelled facet
/// counts out. The index holds published write-ups only. The observatory, the CSV of results
/// and the API count and list through here too, so that every figure is a search's figure.
/// </summary>
public sealed class InitiativeSearch(SearchIndexHost host, Catalog catalog)
{
    public const int PageSize = 20;

    /// <summary>Hits read per request when every match is wanted (the index's largest page).</summary>
    public const int BatchSize = 100;

    public LabelledResults Search(SearchQuery query)
    {
        var results = Run(query, query.Page, PageSize, null);
        var pageCount = Math.Max(1, (results.Total + PageSize - 1) / PageSize);
        return new LabelledResults(results.Total, results.Hits, Labelled(results, FacetNames.All, query.English), results.Suggestion,
            Math.Min(query.Page, pageCount), pageCount);
    }

    /// <summary>How many write-ups match, and the labelled counts of <paramref name="facets"/>: no hits are read.</summary>
    public FacetTotals Count(SearchQuery query, IReadOnlyCollection<string> facets)
    {
        var results = Run(query, 1, 1, facets);
        return new FacetTotals(results.Total, Labelled(results, facets, query.English));
    }

    /// <summary>One page of <paramref name="pageSize"/> hits (at most <see cref="BatchSize"/>), with the total.</summary>
    public (int Total, IReadOnlyList<SearchHit> Hits) Page(SearchQuery query, int page, int pageSize)
    {
        var results = Run(query, page, Math.Clamp(pageSize, 1, BatchSize), []);
        return (results.Total, results.Hits);
    }

    /// <summary>
    /// Every match, in the search's order, read page after page (the index serves at most
    /// <see cref="BatchSize"/> hits a request).
    /// </summary>
    public IEnumerable<SearchHit> All(SearchQuery query)
    {
        // An engine may cap the page number (it then answers its last page again): a page
        // that brings nothing new ends the reading.
        var seen = new HashSet<long>();
        for (var page = 1; ; page++)
        {
            var results = Run(query, page, BatchSize, []);
            var fresh = 0;
            foreach (var hit in results.Hits)
            {
                if (!seen.Add(hit.Id)) continue;
                fresh++;
                yield return hit;
            }
            if (fresh == 0 || results.Hits.Count < BatchSize || seen.Count >= results.Total) yield break;
        }
    }

    /// <summary>
    /// The first page of the same search with other synonym groups than the index's (an
    /// editor's preview of a change to the groups); nothing is changed.
    /// </summary>
    public (int Total, IReadOnlyList<SearchHit> Hits) WithSynonyms(SearchQuery query, IReadOnlyList<IReadOnlyList<string>> groups, int count)
    {
        var results = Run(query, 1, Math.Clamp(count, 1, BatchSize), [], groups);
        return (results.Total, results.Hits);
    }

    /// <summary>Published dossiers matching the text (the filters are for write-ups), best first.</summary>
    public (int Total, IReadOnlyList<SearchHit> Hits) Dossiers(string? text, int count)
    {
        if (string.IsNullOrWhiteSpace(text)) return (0, []);
        var results = host.Index.Search(new SearchRequest { Query = text, Kind = DocumentKind.Dossier, PageSize = Math.Clamp(count, 1, BatchSize), Facets = [] });
        return (results.Total, results.Hits);
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
        FacetNames.OrganisationType => catalog.Label(TaxonomyKinds.OrganisationTypes, value, english),
        FacetNames.Region => catalog.Region(value)?.Name ?? value,
        FacetNames.Departement => catalog.Departement(value) is { } d ? $"{d.Name} ({d.Code})" : value,
        _ => value,
    };

    private SearchResults Run(SearchQuery query, int page, int pageSize, IReadOnlyCollection<string>? facets,
        IReadOnlyList<IReadOnlyList<string>>? synonyms = null) =>
        host.Index.Search(new SearchRequest
        {
            SynonymGroups = synonyms,
            Query = query.Text,
            Filters = query.Filters
                .Where(f => f.Value.Count > 0)
                .ToDictionary(f => f.Key, f => (IReadOnlyCollection<string>)f.Value),
            Sort = query.ByDate ? SearchSort.Date : SearchSort.Relevance,
            Page = page,
            PageSize = pageSize,
            Facets = facets,
        });

    private Dictionary<string, IReadOnlyList<LabelledFacet>> Labelled(SearchResults results, IEnumerable<string> facets, bool english) =>
        facets.Distinct().ToDictionary(name => name, name =>
            (IReadOnlyList<LabelledFacet>)(results.Facets.GetValueOrDefault(name) ?? [])
                .Select(f => new LabelledFacet(f.Value, Label(name, f.Value, english), f.Count)).ToList());
}

/// <summary>What a visitor asked: text, facet filters (facet name → values), order, page, language.</summary>
public sealed record SearchQuery(string? Text, IReadOnlyDictionary<string, List<string>> Filters, bool ByDate, int Page, bool English)
{
    /// <summary>The same search with <paramref name="facet"/>'s selection replaced by <paramref name="values"/>.</summary>
    public SearchQuery With(string facet, params string[] values)
    {
        var filters = Filters.ToDictionary(f => f.Key, f => f.Value);
        filters[facet] = [.. values];
        return this with { Filters = filters };
    }

    /// <summary>The values selected for <paramref name="facet"/> (none when it is not filtered).</summary>
    public IReadOnlyList<string> Selected(string facet) => Filters.GetValueOrDefault(facet) ?? [];
}

public sealed record LabelledFacet(string Value, string Label, int Count);

/// <summary>The number of matches and the labelled counts of the facets asked for.</summary>
public sealed record FacetTotals(int Total, IReadOnlyDictionary<string, IReadOnlyList<LabelledFacet>> Facets);

public sealed record LabelledResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<LabelledFacet>> Facets,
    string? Suggestion,
    int Page,
    int PageCount);
