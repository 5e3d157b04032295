using KnowledgeBase.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Tests.Index;

public class IndexHealthTests
{
    [Fact]
    public void A_missing_index_is_created_and_reported_for_rebuild()
    {
        using var test = new TestIndex();

        Assert.Equal(IndexHealth.Missing, test.Index.Status.Health);
        Assert.True(test.Index.Status.NeedsRebuild);
        Assert.True(LuceneSearchIndex.ExistsIn(test.Folder));

        test.Index.Rebuild([Doc.Make(1, "fiche")], 0);
        Assert.False(test.Index.Status.NeedsRebuild);
        Assert.False(test.Reopen().Status.NeedsRebuild);
    }

    [Fact]
    public void An_index_written_by_another_version_asks_for_a_rebuild()
    {
        using var test = new TestIndex();
        test.Index.Rebuild([Doc.Make(1, "fiche")], 9);
        test.Index.Dispose();
        StampWith(test.Folder, "schema-0/fr-0");

        var reopened = test.Reopen();

        Assert.Equal(IndexHealth.VersionMismatch, reopened.Status.Health);
        Assert.True(reopened.Status.NeedsRebuild);
        Assert.Equal("schema-0/fr-0", reopened.Status.IndexedVersion);
        Assert.Equal(IndexSchema.Stamp, reopened.Status.ExpectedVersion);
        reopened.DeleteAll();
        Assert.False(reopened.Status.NeedsRebuild);
        Assert.Equal(0, reopened.Status.DocumentCount);
    }

    [Fact]
    public void The_index_of_the_earlier_engine_is_replaced()
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgebase-search-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "search.db"), "SQLite format 3\0…");
        using var test = new TestIndex(folder: folder);

        Assert.Equal(IndexHealth.Missing, test.Index.Status.Health);
        Assert.False(File.Exists(Path.Combine(folder, "search.db")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(8192)]
    public void Garbage_in_a_segment_file_is_detected_without_throwing_and_can_be_rebuilt(int garbageAt)
    {
        using var test = new TestIndex();
        test.Index.Rebuild(Enumerable.Range(1, 200).Select(i => Doc.Make(i, $"fiche {i}", body: "texte assez long " + i)), 1);
        test.Index.Dispose();
        var largest = test.Files()[0];
        using (var file = File.OpenWrite(largest))
        {
            file.Position = Math.Min(garbageAt, Math.Max(0, file.Length - 64));
            var garbage = new byte[64];
            new Random(garbageAt).NextBytes(garbage);
            file.Write(garbage);
        }

        var reopened = test.Reopen();

        Assert.Equal(IndexHealth.Corrupt, reopened.Status.Health);
        Assert.True(reopened.Status.NeedsRebuild);
        Assert.Equal(0, test.Search("fiche").Total);
        Assert.Empty(reopened.Similar(1, 3));
        Assert.Throws<InvalidOperationException>(() => reopened.Upsert([Doc.Make(1, "x")]));

        reopened.Rebuild([Doc.Make(1, "fiche réparée")], 2);
        Assert.Equal(IndexHealth.Healthy, reopened.Status.Health);
        Assert.Equal([1L], test.Ids("réparée"));
        Assert.Equal(IndexHealth.Healthy, test.Reopen().Status.Health);
    }

    [Fact]
    public void A_commit_file_that_is_not_an_index_is_reported_corrupt()
    {
        using var test = new TestIndex();
        test.Index.Dispose();
        foreach (var commit in System.IO.Directory.GetFiles(test.Folder, "segments_*")) File.WriteAllText(commit, "pas un index Lucene");

        var reopened = test.Reopen();

        Assert.Equal(IndexHealth.Corrupt, reopened.Status.Health);
        reopened.DeleteAll();
        Assert.Equal(IndexHealth.Healthy, reopened.Status.Health);
    }

    [Fact]
    public void A_lock_file_left_by_a_killed_process_does_not_block_opening()
    {
        using var test = new TestIndex();
        test.Index.Rebuild([Doc.Make(1, "fiche")], 4);
        test.Index.Dispose();
        File.WriteAllText(Path.Combine(test.Folder, "write.lock"), "");

        var reopened = test.Reopen();

        Assert.Equal(IndexHealth.Healthy, reopened.Status.Health);
        reopened.Upsert([Doc.Make(2, "fiche")]);
        Assert.Equal(2, test.Search("fiche").Total);
    }

    private static void StampWith(string folder, string stamp)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(KnowledgeBase.Search.Analysis.FrenchAnalysis.LuceneVersion, null) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.StampKey] = stamp, [IndexSchema.CheckpointKey] = "9" });
        writer.Commit();
    }
}
