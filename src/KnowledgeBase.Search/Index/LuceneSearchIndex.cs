using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// <see cref="ISearchIndex"/> on a Lucene.Net index in a folder of its own (write-ups and
/// dossiers together, keyed by kind and id): one
/// <see cref="IndexWriter"/> and one <see cref="SearcherManager"/> for the process, files read
/// through <see cref="NIOFSDirectory"/>, the outbox checkpoint in each commit's user data so that
/// documents and checkpoint commit together, and a near-real-time refresh after every batch.
/// Opening never throws on a missing, outdated, locked or damaged index: it reports it in
/// <see cref="Status"/> so the host can rebuild.
/// </summary>
public sealed partial class LuceneSearchIndex : ISearchIndex
{
    private const double WriteBufferMB = 32;
    private const double RebuildBufferMB = 256;

    // Files of the FTS5 engine that came before (search.db and its journals), removed when found.
    private static readonly string[] EarlierEngineFiles = ["search.db", "search.db-wal", "search.db-shm", "search.db.new", "search.db.rebuild"];

    private readonly string folder;
    private readonly string stamp;
    private readonly Func<DirectoryInfo, LuceneDirectory> openDirectory;
    private readonly DocumentBuilder builder = new();
    private readonly FacetVocabulary vocabulary = new();
    private readonly ConditionalWeakTable<object, SegmentData> segments = new();
    private readonly Searcher searcher;
    private readonly SimilarWriteUps similar;

    // Searches hold the read lock; replacing the writer and searcher manager takes the write lock.
    private readonly ReaderWriterLockSlim state = new(LockRecursionPolicy.NoRecursion);
    private readonly System.Threading.Lock writeGate = new();

    private LuceneDirectory? directory;
    private IndexWriter? writer;
    private SearcherManager? manager;
    private IndexHealth health;
    private string? indexedStamp;
    private string? problem;
    private long checkpoint;
    private bool disposed;

    /// <param name="folder">Folder holding the index; created when missing.</param>
    /// <param name="synonymGroups">Groups of equivalent expressions, applied to queries.</param>
    /// <param name="documentsVersion">
    /// Version of what the host puts in documents (a new facet, a new field): part of the stamp,
    /// so that an index built before is rebuilt rather than left without it.
    /// </param>
    public LuceneSearchIndex(string folder, IEnumerable<IReadOnlyList<string>>? synonymGroups = null, string documentsVersion = "")
        : this(folder, synonymGroups, location => new NIOFSDirectory(location), documentsVersion)
    {
    }

    /// <param name="folder">Folder holding the index; created when missing.</param>
    /// <param name="synonymGroups">Groups of equivalent expressions, applied to queries.</param>
    /// <param name="openDirectory">How the folder is opened (tests wrap it to inject failures).</param>
    /// <param name="documentsVersion">Version of what the host puts in documents, part of the stamp.</param>
    internal LuceneSearchIndex(string folder, IEnumerable<IReadOnlyList<string>>? synonymGroups, Func<DirectoryInfo, LuceneDirectory> openDirectory,
        string documentsVersion = "")
    {
        this.folder = folder;
        stamp = documentsVersion.Length == 0 ? IndexSchema.Stamp : $"{IndexSchema.Stamp}/{documentsVersion}";
        this.openDirectory = openDirectory;
        searcher = new Searcher(new SynonymGroups(synonymGroups), vocabulary, SegmentDataOf);
        similar = new SimilarWriteUps(SegmentDataOf);
        Open();
    }

    /// <summary>Whether <paramref name="folder"/> holds a committed index (it may have been deleted under a running site).</summary>
    public static bool ExistsIn(string folder) =>
        System.IO.Directory.Exists(folder) && System.IO.Directory.EnumerateFiles(folder, "segments_*").Any();

    public IndexStatus Status
    {
        get
        {
            state.EnterReadLock();
            try { return new IndexStatus(health, indexedStamp, stamp, DocumentCount(), Checkpoint, SizeOnDisk(), problem); }
            finally { state.ExitReadLock(); }
        }
    }

    public long Checkpoint => Interlocked.Read(ref checkpoint);

    public void SetCheckpoint(long value) => Write([], [], value);

    public void Upsert(IReadOnlyCollection<IndexDocument> documents) => Write(documents, [], null);

    public void Delete(IReadOnlyCollection<DocumentKey> keys) => Write([], keys, null);

    public void Apply(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<DocumentKey> deletes, long checkpoint) =>
        Write(upserts, deletes, checkpoint);

    public void UseSynonyms(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        searcher.UseSynonyms(new SynonymGroups(groups));
    }

    public void DeleteAll()
    {
        lock (writeGate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (writer is null || !ExistsIn(folder)) { Recreate(); return; }
            Change(w => w.DeleteAll(), 0);
            MarkHealthy();
        }
    }

    public void Rebuild(IEnumerable<IndexDocument> documents, long checkpoint)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (writeGate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (writer is null || !ExistsIn(folder)) Recreate();
            var live = writer!;
            // Searches keep the previous commit until this one: a crash in between leaves it as it was.
            live.Config.RAMBufferSizeMB = RebuildBufferMB;
            try
            {
                Change(w =>
                {
                    w.DeleteAll();
                    var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
                    try
                    {
                        Parallel.ForEach(documents, options, document => w.AddDocument(builder.Build(document)));
                    }
                    catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                    }
                    // Merges started by the bulk load finish here rather than under the first searches.
                    w.WaitForMerges();
                }, checkpoint);
            }
            finally
            {
                if (writer is not null) writer.Config.RAMBufferSizeMB = WriteBufferMB;
            }
            MarkHealthy();
        }
    }

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read(s => searcher.Search(s, request), SearchResults.Empty);
    }

    public IReadOnlyList<SearchHit> Similar(long id, int count) => Read(s => similar.Find(s, id, count), []);

    public void Dispose()
    {
        lock (writeGate)
        {
            if (disposed) return;
            disposed = true;
            state.EnterWriteLock();
            try { Close(rollback: false); }
            finally { state.ExitWriteLock(); }
        }
        state.Dispose();
    }

    private SegmentData SegmentDataOf(AtomicReader reader) =>
        segments.GetValue(reader.CoreCacheKey, _ => SegmentData.Load(reader, vocabulary));

    private T Read<T>(Func<IndexSearcher, T> search, T empty)
    {
        state.EnterReadLock();
        try
        {
            if (manager is null || health == IndexHealth.Corrupt) return empty;
            var current = manager.Acquire();
            try { return search(current); }
            finally { manager.Release(current); }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException)
        {
            // Input cannot make Lucene fail: this is a damaged or vanished index.
            (health, problem) = (IndexHealth.Corrupt, e.Message);
            return empty;
        }
        finally { state.ExitReadLock(); }
    }

    private void Write(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<DocumentKey> deletes, long? newCheckpoint)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        // Documents are prepared before the writer is touched: a failure there changes nothing.
        var prepared = upserts.Count > 8
            ? upserts.AsParallel().AsOrdered().Select(d => (d.Key, Document: builder.Build(d))).ToArray()
            : upserts.Select(d => (d.Key, Document: builder.Build(d))).ToArray();
        lock (writeGate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (writer is null || health == IndexHealth.Corrupt)
                throw new InvalidOperationException($"The search index at {folder} is unreadable ({problem}); rebuild it.");
            // Upserts first, then deletes: when both name a document, it ends up absent.
            Change(w =>
            {
                foreach (var (key, document) in prepared) w.UpdateDocument(KeyTerm(key), document);
                foreach (var key in deletes) w.DeleteDocuments(KeyTerm(key));
            }, newCheckpoint ?? Checkpoint);
        }
    }

    /// <summary>
    /// Applies changes and commits them with <paramref name="newCheckpoint"/>, then refreshes
    /// searches; on failure, rolls back to the last commit and reopens. Callers hold the write gate.
    /// </summary>
    private void Change(Action<IndexWriter> changes, long newCheckpoint)
    {
        var live = writer!;
        try
        {
            changes(live);
            live.SetCommitData(CommitData(newCheckpoint));
            live.Commit();
            // Searches first, checkpoint after: whoever reads the new checkpoint (the site keys
            // its cached pages by it) then searches what it covers, never the searcher before.
            manager!.MaybeRefreshBlocking();
            Interlocked.Exchange(ref checkpoint, newCheckpoint);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            state.EnterWriteLock();
            try
            {
                Close(rollback: true);
                Open();
            }
            finally { state.ExitWriteLock(); }
            throw;
        }
    }

    // The checkpoint is already published by whoever committed (Change, Open).
    private void MarkHealthy() => (health, indexedStamp, problem) = (IndexHealth.Healthy, stamp, null);

    /// <summary>Searchers ranking with BM25, whose segments' data is loaded before the first search sees them.</summary>
    private sealed class WarmingSearcherFactory(LuceneSearchIndex index) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = Ranking.Similarity };
            foreach (var leaf in reader.Leaves) index.SegmentDataOf(leaf.AtomicReader);
            return searcher;
        }
    }
}

/// <summary>How hits are ranked: BM25 with Lucene's usual parameters, on the weighted text field.</summary>
internal static class Ranking
{
    public static readonly Similarity Similarity = new BM25Similarity();
}
