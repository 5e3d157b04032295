using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Bulk load of a fresh index file: documents are analyzed and compressed on all cores while
/// one thread inserts them in a single transaction, with journaling and syncing off (the file
/// is not live until it is complete) and FTS5 merges deferred to one final 'optimize'.
/// </summary>
internal sealed class IndexRebuild(DocumentAnalysis analysis)
{
    private const int ChunkSize = 256;

    // FTS5 buffers this many bytes of postings in memory before writing a segment (default 1 MB):
    // fewer, larger segments make the load and the final merge cheaper.
    private const int BulkHashSize = 64 * 1024 * 1024;

    public void Build(string path, string stamp, IEnumerable<IndexDocument> documents, long checkpoint)
    {
        IndexFile.Create(path, stamp, bulk: true);
        var connection = new SqliteConnection(IndexSchema.ConnectionString(path));
        connection.Open();
        using var writer = new IndexWriter(connection, analysis, firstFreeSlot: 1);
        IndexSchema.Execute(connection, "PRAGMA synchronous = OFF");
        IndexSchema.Execute(connection, "PRAGMA cache_size = -65536");
        IndexSchema.Execute(connection, $"INSERT INTO fts(fts, rank) VALUES ('hashsize', {BulkHashSize})");
        IndexSchema.Execute(connection, "INSERT INTO fts(fts, rank) VALUES ('automerge', 0)");

        using (var batch = writer.Begin(new DocumentCatalog(), new Vocabulary()))
        {
            foreach (var chunk in Prepared(documents))
                foreach (var document in chunk) batch.Upsert(document);
            batch.SetMeta("checkpoint", checkpoint.ToString(System.Globalization.CultureInfo.InvariantCulture));
            batch.Commit();
        }

        IndexSchema.Execute(connection, "INSERT INTO fts(fts) VALUES ('optimize')");
        IndexSchema.Execute(connection, "PRAGMA incremental_vacuum");
        IndexSchema.Execute(connection, "INSERT INTO fts(fts, rank) VALUES ('automerge', 4)");
        IndexSchema.Execute(connection, "INSERT INTO fts(fts, rank) VALUES ('hashsize', 1048576)");
        IndexSchema.Execute(connection, "PRAGMA journal_mode = WAL");
    }

    /// <summary>Chunks of prepared documents, produced in the background while the caller inserts.</summary>
    private IEnumerable<PreparedDocument[]> Prepared(IEnumerable<IndexDocument> documents)
    {
        using var queue = new BlockingCollection<PreparedDocument[]>(boundedCapacity: 4);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var chunk in documents.Chunk(ChunkSize))
                    queue.Add(chunk.AsParallel().AsOrdered().Select(analysis.Prepare).ToArray(), stop.Token);
            }
            finally { queue.CompleteAdding(); }
        });
        try
        {
            foreach (var chunk in queue.GetConsumingEnumerable()) yield return chunk;
        }
        finally
        {
            stop.Cancel();
            try { producer.Wait(); }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException)) { }
        }
        producer.GetAwaiter().GetResult();
    }
}
