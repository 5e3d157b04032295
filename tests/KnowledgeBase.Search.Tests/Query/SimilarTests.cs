namespace KnowledgeBase.Search.Tests.Query;

public class SimilarTests
{
    [Fact]
    public void Finds_write_ups_sharing_distinctive_terms_and_never_itself()
    {
        using var test = new TestIndex();
        test.Index.Upsert([
            Doc.Make(1, "Épicerie solidaire étudiante", body: "Une épicerie solidaire pour les étudiants précaires du campus.", themes: ["alimentation"]),
            Doc.Make(2, "Épicerie sociale", body: "Une épicerie solidaire de quartier, produits frais.", themes: ["alimentation"]),
            Doc.Make(3, "Jardin partagé", body: "Un jardin pour les habitants du quartier.", themes: ["environnement"]),
            Doc.Make(4, "Bourse aux livres étudiants", body: "Des livres pour les étudiants du campus.", themes: ["éducation"]),
            Doc.Make(5, "Mobilité rurale", body: "Transport à la demande.", themes: ["mobilité"]),
        ]);

        var similar = test.Index.Similar(1, 3);

        Assert.Equal(2L, similar[0].Id);
        Assert.DoesNotContain(similar, h => h.Id == 1 || h.Id == 5);
        Assert.Empty(test.Index.Similar(99, 3));
        Assert.Empty(test.Index.Similar(1, 0));
    }
}
