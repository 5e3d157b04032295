namespace KnowledgeBase.Search.Tests.Index;

public class IndexHealthTests
{
    [Fact]
    public void A_missing_index_is_created_and_reported_for_rebuild()
    {
        using var test = new TestIndex();

        Assert.Equal(IndexHealth.Missing, test.Index.Status.Health);
        Assert.True(test.Index.Status.NeedsRebuild);
        Assert.True(File.Exists(test.FilePath));

        test.Index.Rebuild([Doc.Make(1, "fiche")], 0);
        Assert.False(test.Index.Status.NeedsRebuild);
        Assert.False(test.Reopen().Status.NeedsRebuild);
    }

    [Fact]
    public void Another_analyzer_version_asks_for_a_rebuild()
    {
        using var test = new TestIndex();
        test.Index.Rebuild([Doc.Make(1, "fiche")], 9);

        var reopened = test.Reopen(new StemmingTestAnalyzer("test-2"));

        Assert.Equal(IndexHealth.VersionMismatch, reopened.Status.Health);
        Assert.True(reopened.Status.NeedsRebuild);
        Assert.Contains("test-1", reopened.Status.IndexedVersion);
        Assert.Contains("test-2", reopened.Status.ExpectedVersion);
        reopened.DeleteAll();
        Assert.False(reopened.Status.NeedsRebuild);
        Assert.Equal(0, reopened.Status.DocumentCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(8192)]
    public void A_corrupt_file_is_detected_without_throwing_and_can_be_rebuilt(int garbageAt)
    {
        using var test = new TestIndex();
        test.Index.Rebuild(Enumerable.Range(1, 200).Select(i => Doc.Make(i, $"fiche {i}", body: "texte assez long " + i)), 1);
        test.Index.Dispose();
        using (var file = File.OpenWrite(test.FilePath))
        {
            file.Position = garbageAt;
            var garbage = new byte[64 * 1024];
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
    }

    [Fact]
    public void A_file_that_is_not_an_index_is_reported_corrupt()
    {
        using var test = new TestIndex();
        test.Index.Dispose();
        File.WriteAllText(test.FilePath, "pas une base de données");

        var reopened = test.Reopen();

        Assert.Equal(IndexHealth.Corrupt, reopened.Status.Health);
        reopened.DeleteAll();
        Assert.Equal(IndexHealth.Healthy, reopened.Status.Health);
    }
}
