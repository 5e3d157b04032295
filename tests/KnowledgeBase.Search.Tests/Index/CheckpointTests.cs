using KnowledgeBase.Search.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Tests.Index;

public class CheckpointTests
{
    [Fact]
    public void A_new_index_starts_at_zero_and_keeps_the_checkpoint_across_reopening()
    {
        using var test = new TestIndex();
        Assert.Equal(0, test.Index.Checkpoint);

        test.Index.SetCheckpoint(17);
        Assert.Equal(17, test.Reopen().Checkpoint);
    }

    [Fact]
    public void Apply_commits_documents_deletions_and_checkpoint_together()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "ancienne fiche")]);

        test.Index.Apply([Doc.Make(2, "nouvelle fiche")], [1], 5);

        Assert.Equal([2L], test.Ids("fiche"));
        Assert.Equal(5, test.Reopen().Checkpoint);
        Assert.Equal([2L], test.Ids("fiche"));
    }

    [Fact]
    public void A_batch_failing_midway_leaves_documents_and_checkpoint_unchanged()
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgebase-search-tests", Guid.NewGuid().ToString("N"));
        FailingDirectory? disk = null;
        var index = new LuceneSearchIndex(folder, null, location => disk = new FailingDirectory(new NIOFSDirectory(location)));
        try
        {
            index.Apply([Doc.Make(1, "avant piège")], [], 3);

            // The disk fills up while the batch is written: document 2 was accepted by the
            // writer, document 1 replaced, and then the commit fails.
            disk!.Full = true;
            Assert.ThrowsAny<IOException>(() => index.Apply([Doc.Make(2, "après"), Doc.Make(1, "remplacée")], [], 4));
            disk!.Full = false;

            Assert.Equal(3, index.Checkpoint);
            Assert.Equal([1L], Ids(index, "avant"));
            Assert.Empty(Ids(index, "après"));
            index.Dispose();
            index = new LuceneSearchIndex(folder);
            Assert.Equal(3, index.Checkpoint);
            Assert.Equal([1L], Ids(index, "avant"));
            Assert.Empty(Ids(index, "après"));
            index.Apply([Doc.Make(2, "après")], [], 4);
            Assert.Equal([2L], Ids(index, "après"));
        }
        finally
        {
            index.Dispose();
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static long[] Ids(LuceneSearchIndex index, string query) => [.. index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id)];

    /// <summary>A folder whose disk can be made full: creating a file then fails, as it would.</summary>
    private sealed class FailingDirectory(Lucene.Net.Store.Directory inner) : FilterDirectory(inner)
    {
        public bool Full { get; set; }

        public override IndexOutput CreateOutput(string name, IOContext context) =>
            Full ? throw new IOException("No space left on device") : base.CreateOutput(name, context);
    }
}
