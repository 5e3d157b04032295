using System.Globalization;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Owns this node's index (one per process): opens it, reopens it when its folder was
/// deleted or its files damaged, and tells when it must be rebuilt from the database.
/// </summary>
public sealed class SearchIndexHost(string folder, IReadOnlyList<IReadOnlyList<string>> synonyms) : IDisposable
{
    /// <summary>
    /// Stamped in the index with the search library's own versions: an index built from
    /// documents of another <see cref="IndexDocuments.Version"/> is rebuilt at start.
    /// </summary>
    public static readonly string DocumentsVersion = "documents-" + IndexDocuments.Version.ToString(CultureInfo.InvariantCulture);

    private readonly Lock gate = new();
    private LuceneSearchIndex? index;

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

    private LuceneSearchIndex Open() => new(folder, synonyms, DocumentsVersion);
}
