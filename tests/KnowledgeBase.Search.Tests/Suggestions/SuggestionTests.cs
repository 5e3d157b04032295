namespace KnowledgeBase.Search.Tests.Suggestions;

public class SuggestionTests
{
    private static TestIndex Corpus()
    {
        var test = new TestIndex();
        test.Index.Upsert(Enumerable.Range(1, 12)
            .Select(i => Doc.Make(i, "Accompagnement social", body: "Insertion professionnelle et logement."))
            .Append(Doc.Make(13, "Fiche", body: "accompagnemnt"))
            .ToArray());
        return test;
    }

    [Fact]
    public void Corrects_unknown_words_and_returns_the_whole_query()
    {
        using var test = Corpus();

        var results = test.Search("insrtion \"logment social\" -truc");

        Assert.Equal("insertion \"logement social\" -truc", results.Suggestion);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void Corrects_a_rare_word_when_a_much_more_frequent_neighbour_exists()
    {
        using var test = Corpus();
        Assert.Equal("accompagnement", test.Search("accompagnemnt").Suggestion);
    }

    [Fact]
    public void Suggests_nothing_for_known_words_or_far_ones()
    {
        using var test = Corpus();
        Assert.Null(test.Search("insertion logement").Suggestion);
        Assert.Null(test.Search("xylophone").Suggestion);
        Assert.Null(test.Search("").Suggestion);
    }
}
