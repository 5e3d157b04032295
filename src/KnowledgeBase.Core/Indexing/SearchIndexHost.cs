using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Owns this node's index (one per process): opens it, reopens it when its folder was
/// deleted or its file damaged, and tells when it must be rebuilt from the database.
/// </summary>
public sealed class SearchIndexHost(string folder, ITextAnalyzer analyzer, IReadOnlyList<IReadOnlyList<string>> synonyms) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteSearchIndex? index;

    // Read once, when this process first opens the index: the documents' version changes only
    // with a new build of the site, and a rebuild brings it up to date.
    private bool? documentsCurrent;

    public string Folder => folder;

    public ISearchIndex Index
    {
        get
        {
            lock (gate) return index ??= new SqliteSearchIndex(folder, analyzer, synonyms);
        }
    }

    /// <summary>True when the index is missing, outdated (format or documents), damaged, or its file disappeared.</summary>
    public bool NeedsRebuild => Index.Status.NeedsRebuild || !File.Exists(Path.Combine(folder, SqliteSearchIndex.FileName))
                                || !(documentsCurrent ??= DocumentsStamp.IsCurrent(folder));

    public void Rebuild(IEnumerable<IndexDocument> documents, long checkpoint)
    {
        lock (gate)
        {
            if (!Directory.Exists(folder) || index is null)
            {
                // Deleted under us: the open connections point at removed files, start afresh.
                index?.Dispose();
                index = new SqliteSearchIndex(folder, analyzer, synonyms);
            }
        }
        Index.Rebuild(documents, checkpoint);
        DocumentsStamp.Write(folder);
        documentsCurrent = true;
    }

    public void Dispose()
    {
        lock (gate) index?.Dispose();
    }
}
