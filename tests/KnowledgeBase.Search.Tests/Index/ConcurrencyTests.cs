namespace KnowledgeBase.Search.Tests.Index;

public class ConcurrencyTests
{
    [Fact]
    public async Task Searches_run_while_a_writer_applies_batches()
    {
        using var test = new TestIndex();
        test.Index.Rebuild(Enumerable.Range(1, 500).Select(i => Doc.Make(i, $"Fiche {i}", body: "médiation sociale")), 0);
        using var stop = new CancellationTokenSource();
        var totals = new System.Collections.Concurrent.ConcurrentBag<int>();

        var searchers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            // At least one search each, however the threads are scheduled: the check below is never over nothing.
            do
            {
                var results = test.Search("médiation");
                Assert.Equal(results.Total, results.Facets[FacetNames.Theme].Sum(f => f.Count));
                totals.Add(results.Total);
            }
            while (!stop.IsCancellationRequested);
        })).ToArray();
        for (var batch = 0; batch < 20; batch++)
        {
            var documents = Enumerable.Range(1000 + batch * 10, 10).Select(i => Doc.Make(i, "Nouvelle fiche", body: "médiation")).ToArray();
            test.Index.Apply(documents, [batch + 1], batch + 1);
        }
        stop.Cancel();
        await Task.WhenAll(searchers);

        // Every search saw a whole number of batches: 500, then +10 -1 per batch.
        Assert.True(totals.Count >= 3, $"{totals.Count} recherche(s)");
        Assert.All(totals, total => Assert.Equal(0, (total - 500) % 9));
        Assert.Equal(500 + 20 * 9, test.Search("médiation").Total);
        Assert.Equal(20, test.Index.Checkpoint);
    }

    // The site keys its cached pages by the checkpoint: a page keyed by a new checkpoint but
    // searched on the searcher before it would be kept, stale, until it expires.
    [Fact]
    public async Task A_search_started_once_the_checkpoint_moved_sees_what_it_covers()
    {
        using var test = new TestIndex();
        test.Index.Rebuild([], 0);
        using var stop = new CancellationTokenSource();
        var behind = new System.Collections.Concurrent.ConcurrentBag<string>();
        var searches = 0;
        var reader = Task.Run(() =>
        {
            do
            {
                var seen = test.Index.Checkpoint;
                var total = test.Search("médiation").Total;
                if (total < seen) behind.Add($"point de reprise {seen}, {total} fiches trouvées");
                searches++;
            }
            while (!stop.IsCancellationRequested);
        });
        for (var batch = 1; batch <= 200; batch++)
            test.Index.Apply([Doc.Make(batch, $"Fiche {batch}", body: "médiation")], [], batch);
        stop.Cancel();
        await reader;

        Assert.True(searches > 0);
        Assert.Empty(behind);
    }
}
