namespace KnowledgeBase.Search.Tests.Index;

/// <summary>
/// Write-ups and dossiers share one index but never one result: a search asks for one kind,
/// keys are kind and id (a write-up and a dossier may share an id), and deletes name their kind.
/// </summary>
public class DocumentKindTests
{
    private static IndexDocument Dossier(long id, string title, string body = "") => new()
    {
        Id = id,
        Kind = DocumentKind.Dossier,
        Slug = $"dossier-{id}",
        Title = title,
        Summary = "Un dossier de l'équipe éditoriale.",
        Body = body,
        PublishedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(id),
    };

    private static SearchResults Search(TestIndex test, string? query, DocumentKind kind = DocumentKind.WriteUp) =>
        test.Index.Search(new SearchRequest { Query = query, Kind = kind });

    [Fact]
    public void A_search_finds_only_the_kind_it_asks_for()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "Logement des jeunes", themes: ["logement"]), Dossier(1, "Le logement d'abord", "logement accompagné")]);

        var writeUps = Search(test, "logement");
        var hit = Assert.Single(writeUps.Hits);
        Assert.Equal((1L, DocumentKind.WriteUp, "fiche-1"), (hit.Id, hit.Kind, hit.Slug));
        Assert.Equal(1, writeUps.Total);
        Assert.Equal(1, writeUps.Facets[FacetNames.Theme].Single(f => f.Value == "logement").Count);

        var dossiers = Search(test, "logement", DocumentKind.Dossier);
        var dossier = Assert.Single(dossiers.Hits);
        Assert.Equal((1L, DocumentKind.Dossier, "dossier-1"), (dossier.Id, dossier.Kind, dossier.Slug));
        Assert.Contains("<mark>", dossier.ExcerptHtml);
        Assert.Empty(dossiers.Facets[FacetNames.Theme]);

        // Without words: everything of the kind, nothing of the other.
        Assert.Equal(1, Search(test, null).Total);
        Assert.Equal(1, Search(test, null, DocumentKind.Dossier).Total);
        Assert.Equal(2, test.Index.Status.DocumentCount);
    }

    [Fact]
    public void Upserts_and_deletes_name_their_kind()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(7, "insertion"), Dossier(7, "insertion")]);

        test.Index.Upsert([Dossier(7, "formation")]);
        Assert.Equal([7L], test.Ids("insertion"));
        Assert.Single(Search(test, "formation", DocumentKind.Dossier).Hits);

        test.Index.Delete([DocumentKey.Dossier(7)]);
        Assert.Empty(Search(test, null, DocumentKind.Dossier).Hits);
        Assert.Equal([7L], test.Ids("insertion"));

        // A bare id is a write-up's key.
        test.Index.Apply([Dossier(8, "formation")], [7], 3);
        Assert.Empty(test.Ids("insertion"));
        Assert.Equal(8L, Assert.Single(Search(test, "formation", DocumentKind.Dossier).Hits).Id);
        Assert.Equal(3, test.Index.Checkpoint);
    }

    [Fact]
    public void Kinds_survive_reopening()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "alimentation"), Dossier(2, "alimentation")]);
        test.Reopen();

        Assert.Equal([1L], test.Ids("alimentation"));
        Assert.Equal([2L], Search(test, "alimentation", DocumentKind.Dossier).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Similar_write_ups_are_never_dossiers()
    {
        using var test = new TestIndex();
        const string text = "Une épicerie solidaire tenue par des bénévoles et des habitants du quartier prioritaire.";
        test.Index.Upsert([
            Doc.Make(1, "Épicerie solidaire", text), Doc.Make(2, "Épicerie sociale", text + " Une épicerie mobile."),
            Doc.Make(3, "Jardins partagés", "Des potagers en pied d'immeuble."), Doc.Make(4, "Mobilité", "Un garage solidaire."),
            Dossier(5, "Épicerie solidaire", text),
        ]);

        var similar = test.Index.Similar(1, 5);
        Assert.Contains(similar, h => h.Id == 2);
        Assert.All(similar, h => Assert.Equal(DocumentKind.WriteUp, h.Kind));
        Assert.DoesNotContain(similar, h => h.Id == 5);
    }
}
