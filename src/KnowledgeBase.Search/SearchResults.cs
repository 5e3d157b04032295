namespace KnowledgeBase.Search;

/// <summary>One page of hits, the facet counts of the whole result and a spelling suggestion.</summary>
/// <param name="Total">Number of documents matching the query and filters.</param>
/// <param name="Hits">The requested page.</param>
/// <param name="Facets">Facet name → values with counts, most frequent first.</param>
/// <param name="Suggestion">The whole query with misspelt words corrected, or null.</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? Suggestion)
{
    /// <summary>No hits, no facets, no suggestion.</summary>
    public static SearchResults Empty { get; } =
        new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), null);
}

/// <summary>A matching write-up (or dossier) with what a results page displays, read from the index alone.</summary>
/// <param name="Id">Database id of the write-up or dossier.</param>
/// <param name="Slug">URL name of the write-up or dossier.</param>
/// <param name="Title">Title as written.</param>
/// <param name="Summary">Summary as written (plain text).</param>
/// <param name="ExcerptHtml">
/// About thirty words of the original text, HTML-escaped, matching words wrapped in &lt;mark&gt;.
/// </param>
/// <param name="Score">Relevance (higher is better); 0 when sorted by date.</param>
/// <param name="PublishedAt">Publication date (UTC).</param>
/// <param name="Kind">Write-up or dossier: the kind the search asked for.</param>
public sealed record SearchHit(
    long Id,
    string Slug,
    string Title,
    string Summary,
    string ExcerptHtml,
    double Score,
    DateTimeOffset PublishedAt,
    DocumentKind Kind = DocumentKind.WriteUp);

/// <summary>How many results carry a facet value.</summary>
public sealed record FacetCount(string Value, int Count);
