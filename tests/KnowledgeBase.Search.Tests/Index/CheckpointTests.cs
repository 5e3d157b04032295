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
        var analyzer = new TrappedAnalyzer();
        using var test = new TestIndex(analyzer);
        test.Index.Apply([Doc.Make(1, "avant piège")], [], 3);

        // Replacing document 1 re-analyzes its old text inside the transaction, after document 2
        // has been written: the failure there must roll back document 2 and the checkpoint.
        analyzer.Armed = true;
        Assert.Throws<InvalidOperationException>(() => test.Index.Apply([Doc.Make(2, "après"), Doc.Make(1, "remplacée")], [], 4));
        analyzer.Armed = false;

        Assert.Equal(3, test.Index.Checkpoint);
        Assert.Equal([1L], test.Ids("avant"));
        Assert.Empty(test.Ids("après"));
        Assert.Equal(3, test.Reopen().Checkpoint);
        Assert.Equal([1L], test.Ids("avant"));
        Assert.Empty(test.Ids("après"));
        test.Index.Apply([Doc.Make(2, "après")], [], 4);
        Assert.Equal([2L], test.Ids("après"));
    }

    /// <summary>Fails on a text containing "piège" once armed, as a broken analyzer might.</summary>
    private sealed class TrappedAnalyzer : KnowledgeBase.Search.Analysis.ITextAnalyzer
    {
        private readonly StemmingTestAnalyzer inner = new();

        public bool Armed { get; set; }

        public string Version => inner.Version;

        public IReadOnlyList<KnowledgeBase.Search.Analysis.Token> Analyze(string text) =>
            Armed && text.Contains("piège") ? throw new InvalidOperationException("trap") : inner.Analyze(text);
    }
}
