namespace KnowledgeBase.Search.Tests.Index;

public class IndexingTests
{
    [Fact]
    public void Finds_an_indexed_write_up_by_any_field_with_its_stored_fields()
    {
        using var test = new TestIndex();
        test.Index.Upsert([
            Doc.Make(1, "Un toit pour les jeunes", body: "Colocation solidaire à Lille.", summary: "Des logements partagés.",
                keywords: ["habitat"], organisations: ["Association Toit Commun"]),
            Doc.Make(2, "Jardins partagés", body: "Potagers en pied d'immeuble."),
        ]);

        foreach (var query in new[] { "toit", "colocation", "partagés", "habitat", "commun" })
            Assert.Contains(1L, test.Ids(query));
        var hit = Assert.Single(test.Search("colocation").Hits);
        Assert.Equal(("fiche-1", "Un toit pour les jeunes", "Des logements partagés."), (hit.Slug, hit.Title, hit.Summary));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), hit.PublishedAt);
    }

    [Fact]
    public void Upsert_replaces_the_previous_version_of_a_document()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "Ancienne version", body: "mobilité")]);
        test.Index.Upsert([Doc.Make(1, "Nouvelle version", body: "numérique")]);

        Assert.Empty(test.Ids("mobilité"));
        Assert.Equal([1L], test.Ids("numérique"));
        Assert.Equal(1, test.Index.Status.DocumentCount);
    }

    [Fact]
    public void The_same_id_twice_in_one_batch_keeps_the_last()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "premier"), Doc.Make(1, "second")]);

        Assert.Empty(test.Ids("premier"));
        Assert.Equal([1L], test.Ids("second"));
    }

    [Fact]
    public void Delete_and_delete_all_remove_documents()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "insertion"), Doc.Make(2, "insertion"), Doc.Make(3, "insertion")]);

        test.Index.Delete([2, 99]);
        Assert.Equal([1L, 3L], test.Ids("insertion").Order());

        test.Index.DeleteAll();
        Assert.Empty(test.Ids("insertion"));
        Assert.Equal(0, test.Search("").Total);
        Assert.Equal(0, test.Index.Status.DocumentCount);
    }

    [Fact]
    public void Deleted_words_leave_the_vocabulary()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "logement"), Doc.Make(2, "logistique")]);
        test.Index.Delete([1]);

        Assert.Equal([2L], test.Ids("log*"));
        Assert.Empty(test.Ids("logem*"));
    }

    [Fact]
    public void Documents_and_vocabulary_survive_reopening()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "Épicerie solidaire", body: "alimentation")]);
        test.Reopen();

        Assert.Equal([1L], test.Ids("alimentation"));
        Assert.Equal([1L], test.Ids("épic*"));
        Assert.False(test.Index.Status.NeedsRebuild);
    }

    [Fact]
    public void A_document_with_no_facets_and_empty_fields_is_stored_and_reloaded()
    {
        using var test = new TestIndex();
        test.Index.Upsert([new IndexDocument { Id = 7, Slug = "vide", Title = "", Body = "seulement le corps" }]);
        test.Reopen();

        var hit = Assert.Single(test.Search("corps").Hits);
        Assert.Equal((7L, "vide", ""), (hit.Id, hit.Slug, hit.Title));
        Assert.All(test.Search("corps").Facets.Values, Assert.Empty);
    }

    [Fact]
    public void Rebuild_replaces_the_content_and_sets_the_checkpoint()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "ancien")]);

        test.Index.Rebuild(Enumerable.Range(1, 600).Select(i => Doc.Make(i, $"fiche numéro {i}", body: i % 2 == 0 ? "pair" : "impair")), 42);

        Assert.Empty(test.Ids("ancien"));
        Assert.Equal(300, test.Search("pair").Total);
        Assert.Equal(600, test.Index.Status.DocumentCount);
        Assert.Equal(42, test.Index.Checkpoint);
        test.Index.Upsert([Doc.Make(2, "modifié")]);
        Assert.Equal(299, test.Search("pair").Total);
        Assert.Equal(42, test.Reopen().Checkpoint);
        Assert.Equal(299, test.Search("pair").Total);
    }
}
