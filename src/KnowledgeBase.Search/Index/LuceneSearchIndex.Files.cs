using System.Globalization;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Index;

/// <summary>The index's files: opening (and checking) them, recreating them, measuring and removing them.</summary>
public sealed partial class LuceneSearchIndex
{
    /// <summary>Starts again from an empty index: the files are unreadable, or their folder was deleted.</summary>
    private void Recreate()
    {
        state.EnterWriteLock();
        try
        {
            Close(rollback: true);
            RemoveIndexFiles();
            Open();
        }
        finally { state.ExitWriteLock(); }
        if (writer is null) throw new InvalidOperationException($"The search index at {folder} cannot be created ({problem}).");
        MarkHealthy();
    }

    private void Open()
    {
        (health, indexedStamp, problem) = (IndexHealth.Healthy, null, null);
        Interlocked.Exchange(ref checkpoint, 0);
        try
        {
            System.IO.Directory.CreateDirectory(folder);
            directory = openDirectory(new DirectoryInfo(folder));
            if (!DirectoryReader.IndexExists(directory))
            {
                RemoveEarlierEngineFiles();
                OpenWriter(OpenMode.CREATE);
                writer!.SetCommitData(CommitData(0));
                writer.Commit();
                (health, indexedStamp, problem) = (IndexHealth.Missing, stamp, "No index was found; an empty one was created.");
            }
            else
            {
                var commit = new SegmentInfos();
                commit.Read(directory);
                indexedStamp = commit.UserData.TryGetValue(IndexSchema.StampKey, out var found) ? found : null;
                Interlocked.Exchange(ref checkpoint, commit.UserData.TryGetValue(IndexSchema.CheckpointKey, out var value)
                    && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : 0);
                OpenWriter(OpenMode.APPEND);
                if (indexedStamp != stamp)
                    (health, problem) = (IndexHealth.VersionMismatch, $"The index was built by {indexedStamp ?? "an unknown version"}.");
            }
            manager = new SearcherManager(writer, applyAllDeletes: true, new WarmingSearcherFactory(this));
            VerifyChecksums();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Close(rollback: true);
            (health, problem) = (IndexHealth.Corrupt, e.Message);
        }
    }

    private void OpenWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(FrenchAnalysis.LuceneVersion, new IndexAnalyzer())
        {
            OpenMode = mode,
            Similarity = Ranking.Similarity,
            RAMBufferSizeMB = WriteBufferMB,
        };
        writer = new IndexWriter(directory, config);
    }

    /// <summary>Reads every file once against its checksum: garbage in a segment is found at opening, not by a visitor.</summary>
    private void VerifyChecksums()
    {
        var current = manager!.Acquire();
        try
        {
            foreach (var leaf in current.IndexReader.Leaves) leaf.AtomicReader.CheckIntegrity();
        }
        finally { manager.Release(current); }
    }

    private void Close(bool rollback)
    {
        try { manager?.Dispose(); } catch (Exception e) when (e is IOException or ObjectDisposedException) { }
        try
        {
            if (rollback) writer?.Rollback();
            else writer?.Dispose();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
        try { directory?.Dispose(); } catch (IOException) { }
        (manager, writer, directory) = (null, null, null);
    }

    private int DocumentCount()
    {
        if (manager is null) return 0;
        try
        {
            var current = manager.Acquire();
            try { return current.IndexReader.NumDocs; }
            finally { manager.Release(current); }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { return 0; }
    }

    private long SizeOnDisk()
    {
        try { return new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length); }
        catch (IOException) { return 0; }
    }

    private void RemoveEarlierEngineFiles()
    {
        foreach (var name in EarlierEngineFiles) File.Delete(Path.Combine(folder, name));
    }

    // Only Lucene's own files: the folder might be shared with something else by mistake.
    private void RemoveIndexFiles()
    {
        if (!System.IO.Directory.Exists(folder)) return;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
            if (file.Name.StartsWith('_') || file.Name.StartsWith("segments", StringComparison.Ordinal) || file.Name == "write.lock")
                file.Delete();
        RemoveEarlierEngineFiles();
    }

    private Dictionary<string, string> CommitData(long position) => new()
    {
        [IndexSchema.StampKey] = stamp,
        [IndexSchema.CheckpointKey] = position.ToString(CultureInfo.InvariantCulture),
    };

    private static Term KeyTerm(DocumentKey key) => new(IndexSchema.Key, key.Term);
}
