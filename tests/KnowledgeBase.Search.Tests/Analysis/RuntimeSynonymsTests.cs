namespace KnowledgeBase.Search.Tests.Analysis;

/// <summary>
/// Synonym groups are query-side: new groups take effect at once without touching documents,
/// and a request may bring its own candidate groups (an editor's preview) without changing the
/// index's.
/// </summary>
public class RuntimeSynonymsTests
{
    private static TestIndex Indexed()
    {
        var test = new TestIndex([["RSA", "revenu de solidarité active"]]);
        test.Index.Upsert([
            Doc.Make(1, "Une plateforme pour les allocataires du revenu de solidarité active"),
            Doc.Make(2, "Un garage solidaire pour aller travailler", body: "Réparer sa voiture à prix coûtant."),
        ]);
        return test;
    }

    [Fact]
    public void New_groups_apply_to_the_next_queries_without_reindexing()
    {
        using var test = Indexed();
        Assert.Equal([1L], test.Ids("RSA"));
        Assert.Empty(test.Ids("mobilité"));

        test.Index.UseSynonyms([["mobilité", "garage solidaire"], ["minima sociaux", "RSA"]]);

        Assert.Equal([2L], test.Ids("mobilité"));
        // The old group is gone: RSA now only means itself and "minima sociaux".
        Assert.Empty(test.Ids("RSA"));
        Assert.Empty(test.Ids("minima sociaux"));
        Assert.Equal(2, test.Index.Status.DocumentCount);
    }

    [Fact]
    public void A_request_can_search_with_candidate_groups_leaving_the_index_groups_alone()
    {
        using var test = Indexed();
        var candidate = new SearchRequest { Query = "mobilité", SynonymGroups = [["mobilité", "garage solidaire"]] };

        Assert.Equal([2L], test.Index.Search(candidate).Hits.Select(h => h.Id));
        Assert.Empty(test.Ids("mobilité"));
        Assert.Equal([1L], test.Ids("RSA"));

        // No group at all: the acronym means only itself.
        Assert.Empty(test.Index.Search(new SearchRequest { Query = "RSA", SynonymGroups = [] }).Hits);
    }

    [Fact]
    public void Groups_installed_while_searches_run_never_break_them()
    {
        using var test = Indexed();
        var failures = 0;
        Parallel.For(0, 200, i =>
        {
            if (i % 10 == 0) test.Index.UseSynonyms(i % 20 == 0 ? [["RSA", "revenu de solidarité active"]] : [["RSA", "minimum social"]]);
            var hits = test.Index.Search(new SearchRequest { Query = "revenu de solidarité active" }).Hits;
            if (hits.Count != 1) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }
}
