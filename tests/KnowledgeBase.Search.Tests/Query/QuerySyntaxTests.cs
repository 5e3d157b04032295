namespace KnowledgeBase.Search.Tests.Query;

public class QuerySyntaxTests
{
    private static TestIndex Corpus()
    {
        var test = new TestIndex(synonyms: [["RSA", "RMI", "revenu de solidarité active"], ["France Travail", "Pôle emploi", "ANPE"]]);
        test.Index.Upsert([
            Doc.Make(1, "Accès au logement des jeunes", body: "Un accompagnement vers le logement autonome."),
            Doc.Make(2, "Logement d'urgence", body: "Hébergement des familles, accès rapide."),
            Doc.Make(3, "Jeunes et emploi", body: "Les jeunes accèdent à un emploi durable avec Pôle emploi."),
            Doc.Make(4, "Allocataires du RMI", body: "Parcours d'insertion des allocataires."),
            Doc.Make(5, "Revenu de solidarité active", body: "Accompagnement renforcé des bénéficiaires."),
            Doc.Make(6, "Agence France Travail", body: "Ateliers collectifs."),
        ]);
        return test;
    }

    [Fact]
    public void All_words_are_required()
    {
        using var test = Corpus();
        Assert.Equal([1L], test.Ids("logement jeunes"));
    }

    [Fact]
    public void Quotes_require_a_phrase()
    {
        using var test = Corpus();
        Assert.Equal([1L, 2L], test.Ids("accès logement").Order());
        Assert.Equal([1L], test.Ids("\"accès au logement\""));
        Assert.Empty(test.Ids("\"logement accès\""));
    }

    [Fact]
    public void A_minus_excludes_a_word_or_a_phrase()
    {
        using var test = Corpus();
        Assert.Equal([2L], test.Ids("logement -jeunes"));
        Assert.Equal([2L], test.Ids("logement -\"accès au logement\""));
    }

    [Fact]
    public void A_star_matches_words_by_prefix_through_their_stems()
    {
        using var test = Corpus();
        Assert.Equal([1L, 2L], test.Ids("logem*").Order());
        Assert.Equal([4L], test.Ids("allocat*"));
        Assert.Equal([5L], test.Ids("bénéf* accomp*"));
        Assert.Equal([1L, 3L], test.Ids("JEUN*").Order());
        Assert.Empty(test.Ids("zzz*"));
    }

    [Fact]
    public void Synonyms_match_every_alternative_including_multi_word_ones()
    {
        using var test = Corpus();
        Assert.Equal([4L, 5L], test.Ids("RSA").Order());
        Assert.Equal([4L, 5L], test.Ids("revenu de solidarité active").Order());
        Assert.Equal([3L, 6L], test.Ids("pôle emploi").Order());
        Assert.Equal([3L, 6L], test.Ids("anpe").Order());
        Assert.Equal([3L, 6L], test.Ids("\"France Travail\"").Order());
        Assert.Equal([4L], test.Ids("rsa -bénéficiaires"));
    }

    [Fact]
    public void Only_stop_words_or_only_exclusions_find_nothing()
    {
        using var test = Corpus();
        Assert.Equal(0, test.Search("les de la").Total);
        Assert.Equal(0, test.Search("-logement").Total);
        Assert.Equal(0, test.Search("\"\"").Total);
        Assert.Equal(0, test.Search("!!! ???").Total);
    }

    [Fact]
    public void An_empty_query_lists_everything_newest_first_or_what_the_filters_keep()
    {
        using var test = Corpus();
        Assert.Equal([6L, 5L, 4L, 3L, 2L, 1L], test.Ids(null));
        Assert.Equal(6, test.Search("   ").Total);
        test.Index.Upsert([Doc.Make(7, "Autre thème", themes: ["santé"])]);
        var filtered = test.Search("", filters: new Dictionary<string, IReadOnlyCollection<string>> { ["theme"] = ["santé"] });
        Assert.Equal([7L], filtered.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Operators_and_punctuation_are_plain_text()
    {
        using var test = Corpus();
        Assert.Empty(test.Ids("logement AND jeunes")); // "and" is one more required word
        Assert.Equal([1L], test.Ids("(logement) jeunes:"));
        Assert.Equal([1L], test.Ids("logement, {jeunes} !"));
        Assert.Empty(test.Ids("logement^2 jeunes")); // "logement^2" reads as the phrase "logement 2"
        Assert.Empty(test.Ids("NEAR(logement jeunes)"));
    }
}
