namespace KnowledgeBase.Search;

/// <summary>What a visitor asked for: query text, facet filters, order and page.</summary>
public sealed class SearchRequest
{
    /// <summary>
    /// Free text: words are all required, "quoted phrases", -excluded words or phrases,
    /// prefix* words. Empty means "everything that passes the filters", newest first.
    /// </summary>
    public string? Query { get; init; }

    /// <summary>
    /// Facet name → accepted values. Values of one facet are alternatives (OR); facets
    /// combine with AND.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Facets to count; null counts all of <see cref="FacetNames.All"/>.</summary>
    public IReadOnlyCollection<string>? Facets { get; init; }

    /// <summary>Which documents to search: write-ups (default) or dossiers, never both at once.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.WriteUp;

    /// <summary>
    /// Synonym groups to search with instead of the index's own (see
    /// <see cref="ISearchIndex.UseSynonyms"/>), for this request only: an editor's preview of
    /// what a query would find with the groups being edited. Null uses the index's groups.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? SynonymGroups { get; init; }
}

/// <summary>Order of search hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first (bm25 with field weights); newest first without a query.</summary>
    Relevance,

    /// <summary>Newest publication first.</summary>
    Date,
}
