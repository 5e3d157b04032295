namespace KnowledgeBase.Search.Tests.Query;

public class RankingTests
{
    [Fact]
    public void A_title_hit_outranks_a_summary_hit_which_outranks_a_body_hit()
    {
        using var test = new TestIndex();
        test.Index.Upsert([
            Doc.Make(1, "Ateliers collectifs", body: "Des ateliers sur la parentalité pour les familles du quartier."),
            Doc.Make(2, "Parentalité et petite enfance", body: "Des ateliers pour les familles du quartier."),
            Doc.Make(3, "Ateliers collectifs", summary: "Soutien à la parentalité.", body: "Des ateliers pour les familles."),
            Doc.Make(4, "Ateliers collectifs", keywords: ["parentalité"], body: "Des ateliers pour les familles."),
        ]);

        Assert.Equal([2L, 3L, 4L, 1L], test.Ids("parentalité"));
        Assert.True(test.Search("parentalité").Hits.Select(h => h.Score).SequenceEqual(test.Search("parentalité").Hits.Select(h => h.Score).OrderDescending()));
    }

    [Fact]
    public void Large_match_sets_still_rank_head_field_hits_first_also_after_reopening()
    {
        using var test = new TestIndex();
        const int many = 3300;
        var documents = Enumerable.Range(1, many).Select(i => Doc.Make(i, $"Fiche {i}", body: "un projet commun de quartier"))
            .Append(Doc.Make(many + 1, "Fiche", summary: "Un projet commun.", body: "de quartier"))
            .Append(Doc.Make(many + 2, "Projet commun", body: "de quartier"))
            .Append(Doc.Make(many + 3, "Fiche", keywords: ["commun"], body: "projet de quartier"));

        test.Index.Rebuild(documents, 0);

        Assert.Equal([many + 2L, many + 1L, many + 3L], test.Ids("commun").Take(3));
        Assert.Equal(many + 3, test.Search("commun projet").Total);
        test.Reopen();
        Assert.Equal([many + 2L, many + 1L, many + 3L], test.Ids("commun").Take(3));

        // Once its title changes, the former first hit drops back among body hits.
        test.Index.Upsert([Doc.Make(many + 2, "Fiche 0", body: "un projet commun de quartier", published: new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero))]);
        Assert.Equal([many + 1L, many + 3L], test.Ids("commun").Take(2));
        Assert.DoesNotContain(many + 2L, test.Ids("commun").Take(3));
    }

    [Fact]
    public void Date_sort_lists_newest_first()
    {
        using var test = new TestIndex();
        var day = new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero);
        test.Index.Upsert([
            Doc.Make(1, "Médiation numérique", published: day.AddDays(10)),
            Doc.Make(2, "Médiation numérique et médiation sociale", published: day),
            Doc.Make(3, "Médiation", published: day.AddDays(20)),
        ]);

        Assert.Equal([3L, 1L, 2L], test.Ids("médiation", SearchSort.Date));
        Assert.All(test.Search("médiation", SearchSort.Date).Hits, h => Assert.Equal(0, h.Score));
    }

    [Fact]
    public void Pages_split_the_ranked_hits_without_overlap()
    {
        using var test = new TestIndex();
        test.Index.Upsert(Enumerable.Range(1, 25).Select(i => Doc.Make(i, $"Fiche {i}", body: "insertion")).ToArray());

        var pages = Enumerable.Range(1, 3).Select(p => test.Search("insertion", SearchSort.Date, page: p, pageSize: 10)).ToList();

        Assert.All(pages, p => Assert.Equal(25, p.Total));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Hits.Count));
        Assert.Equal(Enumerable.Range(1, 25).Reverse().Select(i => (long)i), pages.SelectMany(p => p.Hits).Select(h => h.Id));
        Assert.Empty(test.Search("insertion", page: 4, pageSize: 10).Hits);
        Assert.Equal(2, test.Search("insertion", page: -3, pageSize: 2).Hits.Count);
    }
}
