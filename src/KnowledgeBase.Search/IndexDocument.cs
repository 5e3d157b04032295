namespace KnowledgeBase.Search;

/// <summary>
/// A published write-up (or dossier) as the search index sees it: the texts to search and
/// display, and the facet values to filter and count on. Built by the host from its database.
/// </summary>
public sealed class IndexDocument
{
    /// <summary>Database id of the write-up or dossier; with <see cref="Kind"/>, the index key.</summary>
    public required long Id { get; init; }

    /// <summary>Write-up (default) or dossier: searches ask for one kind at a time.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.WriteUp;

    /// <summary>The document's key in the index.</summary>
    public DocumentKey Key => new(Kind, Id);

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Names of the places the write-up is about (commune, département, région), searched like keywords.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Plain text of all sections, concatenated.</summary>
    public string Body { get; init; } = "";

    public DateTimeOffset PublishedAt { get; init; }

    /// <summary>
    /// Facet name (see <see cref="FacetNames"/>) to the document's values, e.g.
    /// "theme" → ["logement", "jeunesse"].
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Facets { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
}
