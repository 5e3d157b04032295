using KnowledgeBase.Benchmarks.Fts5.Analysis;
using KnowledgeBase.Benchmarks.Fts5.Query;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// <see cref="ISearchIndex"/> on a SQLite FTS5 file (<c>search.db</c>) in a folder of its own.
/// Searches run concurrently on pooled read connections (WAL); writes are serialised on one
/// connection. Opening never throws on a missing, outdated or corrupt file: it reports it in
/// <see cref="Status"/> so the host can rebuild.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    /// <summary>Name of the index file inside its folder.</summary>
    public const string FileName = IndexSchema.FileName;

    private readonly string path;
    private readonly string stamp;
    private readonly DocumentAnalysis analysis;
    private readonly Searcher searcher;
    private readonly SimilarDocuments similar;

    // Searches hold the read lock for their whole run; a writer takes the write lock only to
    // commit and update the in-memory catalog, so a search never sees memory and file disagree.
    private readonly ReaderWriterLockSlim state = new(LockRecursionPolicy.NoRecursion);
    private readonly Lock writeGate = new();

    private DocumentCatalog catalog = new();
    private Vocabulary vocabulary = new();
    private ReaderPool? readers;
    private IndexWriter? writer;
    private IndexHealth health;
    private string? indexedStamp;
    private string? problem;
    private long checkpoint;
    private bool disposed;
    private CancellationTokenSource warmUpCancellation = new();
    private readonly List<Task> warmUps = [];

    /// <param name="folder">Folder holding the index file; created when missing.</param>
    /// <param name="analyzer">Analyzer for documents and queries; its version is stamped in the file.</param>
    /// <param name="synonymGroups">Groups of equivalent expressions, applied to queries.</param>
    public SqliteSearchIndex(string folder, ITextAnalyzer analyzer, IEnumerable<IReadOnlyList<string>>? synonymGroups = null)
    {
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, IndexSchema.FileName);
        stamp = $"{IndexSchema.Version}/{analyzer.Version}";
        analysis = new DocumentAnalysis(analyzer);
        searcher = new Searcher(analyzer, new SynonymTable(analyzer, synonymGroups));
        similar = new SimilarDocuments(analysis);
        Open();
    }

    public IndexStatus Status
    {
        get
        {
            state.EnterReadLock();
            try { return new IndexStatus(health, indexedStamp, stamp, catalog.Count, checkpoint, IndexFile.Size(path), problem); }
            finally { state.ExitReadLock(); }
        }
    }

    public long Checkpoint => Volatile.Read(ref checkpoint);

    public void SetCheckpoint(long value) => Apply([], [], value);

    public void Upsert(IReadOnlyCollection<IndexDocument> documents) => Write(documents, [], null);

    // The earlier engine knows write-ups only: dossier keys are ignored, synonyms are fixed at opening.
    public void Delete(IReadOnlyCollection<DocumentKey> keys) => Write([], WriteUps(keys), null);

    public void Apply(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<DocumentKey> deletes, long checkpoint) =>
        Write([.. upserts.Where(d => d.Kind == DocumentKind.WriteUp)], WriteUps(deletes), checkpoint);

    public void UseSynonyms(IEnumerable<IReadOnlyList<string>> groups) =>
        throw new NotSupportedException("The FTS5 engine is kept for comparison only: its synonyms are given at opening.");

    private static List<long> WriteUps(IReadOnlyCollection<DocumentKey> keys) =>
        [.. keys.Where(k => k.Kind == DocumentKind.WriteUp).Select(k => k.Id)];

    public void DeleteAll()
    {
        lock (writeGate)
        {
            var temporary = path + ".new";
            IndexFile.Create(temporary, stamp, bulk: false);
            Swap(temporary);
        }
    }

    public void Rebuild(IEnumerable<IndexDocument> documents, long checkpoint)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (writeGate)
        {
            // Built aside and swapped in at the end: searches keep the old index meanwhile, and
            // a crash leaves the old file as it was.
            var temporary = path + ".rebuild";
            new IndexRebuild(analysis).Build(temporary, stamp, documents, checkpoint);
            Swap(temporary);
        }
    }

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Read(() => searcher.Search(request, catalog, vocabulary, readers!), SearchResults.Empty);
    }

    public IReadOnlyList<SearchHit> Similar(long id, int count) =>
        Read(() => similar.Find(id, count, catalog, vocabulary, readers!), []);

    public void Dispose()
    {
        lock (writeGate)
        {
            if (disposed) return;
            disposed = true;
            state.EnterWriteLock();
            try { Close(); }
            finally { state.ExitWriteLock(); }
        }
        // A warm-up between two terms may still be about to take the read lock.
        Task.WaitAll([.. warmUps]);
        state.Dispose();
    }

    private T Read<T>(Func<T> search, T empty)
    {
        state.EnterReadLock();
        try
        {
            if (readers is null || health == IndexHealth.Corrupt) return empty;
            return search();
        }
        catch (SqliteException e)
        {
            // Input cannot produce an invalid expression; a failure here is a damaged file.
            if (e.SqliteErrorCode is 11 or 26) MarkCorrupt(e.Message);
            return empty;
        }
        catch (InvalidDataException e)
        {
            MarkCorrupt(e.Message);
            return empty;
        }
        finally { state.ExitReadLock(); }
    }

    private void MarkCorrupt(string message)
    {
        health = IndexHealth.Corrupt;
        problem = message;
    }

    private void Write(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<long> deletes, long? newCheckpoint)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(deletes);
        var prepared = upserts.Count > 8
            ? upserts.AsParallel().AsOrdered().Select(analysis.Prepare).ToArray()
            : upserts.Select(analysis.Prepare).ToArray();
        lock (writeGate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (writer is null || health == IndexHealth.Corrupt)
                throw new InvalidOperationException($"The search index at {path} is unreadable ({problem}); rebuild it.");
            using var batch = writer.Begin(catalog, vocabulary);
            // Upserts first, then deletes: when both name a document, it ends up absent.
            foreach (var document in prepared) batch.Upsert(document);
            foreach (var id in deletes) batch.Delete(id);
            if (newCheckpoint is { } value) batch.SetMeta("checkpoint", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            state.EnterWriteLock();
            try
            {
                batch.Commit();
                batch.ApplyToMemory();
                if (newCheckpoint is { } committed) Volatile.Write(ref checkpoint, committed);
            }
            finally { state.ExitWriteLock(); }
        }
    }

    private void Open()
    {
        if (!File.Exists(path))
        {
            IndexFile.Create(path, stamp, bulk: false);
            Load();
            (health, problem) = (IndexHealth.Missing, "No index file was found; an empty one was created.");
            return;
        }
        Load();
    }

    private void Load()
    {
        var loaded = IndexFile.Load(path, stamp);
        (health, indexedStamp, checkpoint, catalog, vocabulary, problem) =
            (loaded.Health, loaded.Stamp, loaded.Checkpoint, loaded.Catalog, loaded.Vocabulary, loaded.Problem);
        if (health == IndexHealth.Corrupt) return;
        readers = new ReaderPool(path);
        var connection = new SqliteConnection(IndexSchema.ConnectionString(path));
        connection.Open();
        IndexSchema.ConfigureWriter(connection);
        IndexSchema.Execute(connection, "PRAGMA journal_mode = WAL");
        writer = new IndexWriter(connection, analysis, catalog.SlotLimit);
        warmUpCancellation = new CancellationTokenSource();
        warmUps.RemoveAll(t => t.IsCompleted);
        var (token, opened) = (warmUpCancellation.Token, catalog);
        warmUps.Add(Task.Run(() => WarmUp(opened, token), CancellationToken.None));
    }

    /// <summary>Number of document sets of frequent terms kept in memory.</summary>
    internal int KeptTermSets => Read(() => catalog.Terms.Count, 0);

    /// <summary>Completes when the warm-up started by the last opening or rebuild is over.</summary>
    internal Task WarmedUp
    {
        get { lock (writeGate) return warmUps.Count > 0 ? warmUps[^1] : Task.CompletedTask; }
    }

    /// <summary>
    /// Loads the document sets of the frequent terms in the background after opening, one term
    /// per read lock so that writes go on, so that the first searches for common words do not
    /// pay for reading their posting lists (see <see cref="TermDocSets"/>).
    /// </summary>
    private void WarmUp(DocumentCatalog loaded, CancellationToken token)
    {
        List<string> stems;
        state.EnterReadLock();
        try
        {
            if (token.IsCancellationRequested || catalog != loaded) return;
            stems = vocabulary.StemsWithAtLeast(TermDocSets.FrequentFrom(catalog.Count));
        }
        finally { state.ExitReadLock(); }
        foreach (var stem in stems.Take(TermDocSets.MaxSets))
        {
            state.EnterReadLock();
            try
            {
                if (token.IsCancellationRequested || catalog != loaded || readers is null || health == IndexHealth.Corrupt) return;
                using var session = readers.Rent();
                catalog.Terms.GetOrRead(IndexTerm.Encode(stem), BitSets.WordsFor(catalog.SlotLimit), session);
            }
            catch (SqliteException)
            {
                return; // a damaged file: the next search reports it
            }
            finally { state.ExitReadLock(); }
        }
    }

    private void Swap(string replacement)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        state.EnterWriteLock();
        try
        {
            Close();
            IndexFile.Remove(path);
            File.Move(replacement, path);
            Load();
        }
        finally { state.ExitWriteLock(); }
    }

    private void Close()
    {
        warmUpCancellation.Cancel();
        readers?.Dispose();
        writer?.Dispose();
        (readers, writer) = (null, null);
        SqliteConnection.ClearAllPools();
    }
}
