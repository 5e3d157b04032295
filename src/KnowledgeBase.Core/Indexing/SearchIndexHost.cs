using System.Globalization;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Owns this node's index (one per process): opens it, reopens it when its folder was
/// deleted or its files damaged, and tells when it must be rebuilt from the database. The
/// synonym groups come from <paramref name="synonyms"/> (the database) when the index opens,
/// and again whenever the vocabulary changes (<see cref="ReloadSynonyms"/>); if they cannot
/// be read when the index opens (database unreachable), it opens without them and
/// <see cref="EnsureSynonyms"/> reads them at the indexer's next pass.
/// </summary>
public sealed class SearchIndexHost(string folder, Func<IReadOnlyList<IReadOnlyList<string>>> synonyms) : IDisposable
{
    /// <summary>
    /// Stamped in the index with the search library's own versions: an index built from
    /// documents of another <see cref="IndexDocuments.Version"/> is rebuilt at start.
    /// </summary>
    public static readonly string DocumentsVersion = "documents-" + IndexDocuments.Version.ToString(CultureInfo.InvariantCulture);

    private readonly Lock gate = new();
    private LuceneSearchIndex? index;
    private volatile bool synonymsMissing;

    /// <summary>A host whose synonym groups never change (tools and tests).</summary>
    public SearchIndexHost(string folder, IReadOnlyList<IReadOnlyList<string>> groups) : this(folder, () => groups)
    {
    }

    public string Folder => folder;

    public ISearchIndex Index
    {
        get
        {
            lock (gate) return index ??= Open();
        }
    }

    /// <summary>True when the index is missing, outdated (format, analysis or documents), damaged, or its folder disappeared.</summary>
    public bool NeedsRebuild => Index.Status.NeedsRebuild || !LuceneSearchIndex.ExistsIn(folder);

    /// <summary>Reads the synonym groups again and applies them to the next queries (no rebuild: they are query-side).</summary>
    public void ReloadSynonyms()
    {
        var index = Index;
        index.UseSynonyms(synonyms());
        synonymsMissing = false;
    }

    /// <summary>Reads the synonym groups if the index opened without them; throws while they still cannot be read.</summary>
    public void EnsureSynonyms()
    {
        _ = Index;
        if (synonymsMissing) ReloadSynonyms();
    }

    public void Rebuild(IEnumerable<IndexDocument> documents, long checkpoint)
    {
        lock (gate)
        {
            if (!Directory.Exists(folder) || index is null)
            {
                // Deleted under us: the open files point at removed ones, start afresh.
                index?.Dispose();
                index = Open();
            }
        }
        Index.Rebuild(documents, checkpoint);
    }

    public void Dispose()
    {
        lock (gate) index?.Dispose();
    }

    private LuceneSearchIndex Open()
    {
        IReadOnlyList<IReadOnlyList<string>> groups;
        try
        {
            groups = synonyms();
            synonymsMissing = false;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            // Searches work without synonyms meanwhile; the indexer reads them as soon as it can.
            groups = [];
            synonymsMissing = true;
        }
        return new LuceneSearchIndex(folder, groups, DocumentsVersion);
    }
}
