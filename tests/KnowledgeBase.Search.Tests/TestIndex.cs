using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Search.Tests;

/// <summary>An index in a temporary folder, removed on dispose.</summary>
internal sealed class TestIndex : IDisposable
{
    public TestIndex(IEnumerable<IReadOnlyList<string>>? synonyms = null, string? folder = null)
    {
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "knowledgebase-search-tests", Guid.NewGuid().ToString("N"));
        Synonyms = synonyms;
        Index = new LuceneSearchIndex(Folder, synonyms);
    }

    public string Folder { get; }

    public IEnumerable<IReadOnlyList<string>>? Synonyms { get; }

    public LuceneSearchIndex Index { get; private set; }

    public SearchResults Search(string? query, SearchSort sort = SearchSort.Relevance, int page = 1, int pageSize = 20,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? filters = null) =>
        Index.Search(new SearchRequest
        {
            Query = query, Sort = sort, Page = page, PageSize = pageSize,
            Filters = filters ?? new Dictionary<string, IReadOnlyCollection<string>>(),
        });

    public long[] Ids(string? query, SearchSort sort = SearchSort.Relevance) => [.. Search(query, sort).Hits.Select(h => h.Id)];

    /// <summary>Closes and reopens the index on the same folder.</summary>
    public LuceneSearchIndex Reopen()
    {
        Index.Dispose();
        Index = new LuceneSearchIndex(Folder, Synonyms);
        return Index;
    }

    /// <summary>The index files, largest first (segment data before the small commit files).</summary>
    public IReadOnlyList<string> Files() =>
        [.. new DirectoryInfo(Folder).EnumerateFiles().Where(f => f.Name != "write.lock").OrderByDescending(f => f.Length).Select(f => f.FullName)];

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { } // a leftover temp folder must not fail a test
    }
}

/// <summary>Test documents with sensible defaults.</summary>
internal static class Doc
{
    public static IndexDocument Make(long id, string title, string body = "", string summary = "",
        DateTimeOffset? published = null, string[]? themes = null, string? region = null,
        string[]? keywords = null, string[]? organisations = null, string[]? places = null) => new()
        {
            Id = id,
            Slug = $"fiche-{id}",
            Title = title,
            Summary = summary,
            Body = body,
            Keywords = keywords ?? [],
            Organisations = organisations ?? [],
            Places = places ?? [],
            PublishedAt = published ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(id),
            Facets = new Dictionary<string, IReadOnlyList<string>>
            {
                [FacetNames.Theme] = themes ?? ["logement"],
                [FacetNames.Region] = region is null ? [] : [region],
            },
        };
}
