using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests.Analysis;

/// <summary>The analysis chain of the index and of queries, token by token.</summary>
public class FrenchAnalysisTests
{
    private static readonly IndexAnalyzer Index = new();
    private static readonly QueryAnalyzer Query = new(synonyms: null);

    private static string[] Terms(string text) =>
        [.. AnalyzedToken.Of(Index, text).Where(t => t.Type != AccentTolerantStemFilter.VariantType).Select(t => t.Term)];

    private static HashSet<string> AllTerms(string text) => [.. AnalyzedToken.Of(Index, text).Select(t => t.Term)];

    private static string SingleTerm(string text) => Assert.Single(Terms(text));

    [Theory]
    [InlineData("l'insertion", "insertion")]
    [InlineData("L’insertion", "insertion")]
    [InlineData("d'emploi", "emploi")]
    [InlineData("qu'insertion", "insertion")]
    [InlineData("lorsqu'accompagnement", "accompagnement")]
    [InlineData("puisqu’habitat", "habitat")]
    [InlineData("s'insérer", "insérer")]
    [InlineData("n'importe", "importe")]
    public void Elided_articles_are_removed_with_either_apostrophe(string elided, string bare) =>
        Assert.Equal(SingleTerm(bare), SingleTerm(elided));

    [Theory]
    [InlineData("Pôle", "pole")]
    [InlineData("PÔLE EMPLOI", "pole emploi")]
    [InlineData("Éducation", "education")]
    [InlineData("garçon", "garcon")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("Activité", "activité")]
    public void Case_and_accents_do_not_matter(string a, string b) => Assert.Equal(Terms(b), Terms(a));

    [Fact]
    public void Terms_are_accent_free() =>
        Assert.All(AllTerms("Été élève côté œuvre ça naïf conseillère"), t => Assert.True(t.All(c => c < 0x80), t));

    [Theory]
    [InlineData("logements", "logement")]
    [InlineData("structures", "structure")]
    [InlineData("sociaux", "social")]
    [InlineData("territoriales", "territorial")]
    [InlineData("insertions", "insertion")]
    [InlineData("accompagnées", "accompagné")]
    [InlineData("accompagnement", "accompagner")]
    [InlineData("conseillère", "conseiller")]
    [InlineData("financières", "financier")]
    [InlineData("professionnelle", "professionnel")]
    public void Plurals_and_feminines_share_a_term(string a, string b) => Assert.Equal(SingleTerm(b), SingleTerm(a));

    [Theory]
    [InlineData("accompagnee", "accompagnée")]
    [InlineData("mobilite", "mobilité")]
    [InlineData("inserer", "insérer")]
    [InlineData("evaluation", "évaluation")]
    [InlineData("beneficiaires", "bénéficiaires")]
    [InlineData("conseillere", "conseillère")]
    [InlineData("infirmiere", "infirmière")]
    [InlineData("precarite energetique", "précarité énergétique")]
    public void Typing_without_accents_meets_the_accented_word(string typed, string written)
    {
        var indexed = AllTerms(written);
        var queried = AnalyzedToken.Of(Query, typed).GroupBy(t => t.Position);
        Assert.All(queried, position => Assert.Contains(position, t => indexed.Contains(t.Term)));
    }

    [Fact]
    public void Stop_words_are_dropped_but_keep_their_positions()
    {
        var tokens = AnalyzedToken.Of(Index, "le plan de la ville");
        Assert.Equal([("plan", 1), (SingleTerm("ville"), 4)], tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void Stop_words_typed_without_accents_are_dropped_too() => Assert.Empty(Terms("etaient a etes sommes"));

    [Fact]
    public void A_stop_word_that_names_a_place_is_kept_in_a_pair()
    {
        Assert.Contains("grand_est", AllTerms("La région Grand Est"));
        Assert.Equal(["grand_est"], AnalyzedToken.Of(Query, "grand est").Select(t => t.Term));
        Assert.Empty(AnalyzedToken.Of(Query, "est"));
    }

    [Theory]
    [InlineData("CCAS", "ccas")]
    [InlineData("CIAS", "cias")]
    [InlineData("PLIE", "plie")]
    [InlineData("SIAE", "siae")]
    [InlineData("QPV", "qpv")]
    [InlineData("ASE", "ase")]
    [InlineData("DDETS", "ddets")]
    [InlineData("cae", "cae")]
    public void Sector_acronyms_are_kept_whole(string word, string term) => Assert.Equal(term, SingleTerm(word));

    [Fact]
    public void Hyphenated_words_are_split() =>
        Assert.Equal([(SingleTerm("île"), 0), (SingleTerm("France"), 2)], AnalyzedToken.Of(Index, "Île-de-France").Select(t => (t.Term, t.Position)));

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("AG2R", "ag2r")]
    public void Words_with_digits_are_kept_in_lower_case(string text, string term) => Assert.Equal(term, SingleTerm(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🎉")]
    [InlineData("\0\u0001\u001f\u007f")]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\u0301\u0301")]
    [InlineData("'’'")]
    [InlineData("l'")]
    [InlineData("l'😀")]
    [InlineData("qu'")]
    [InlineData("-–—")]
    [InlineData("ﬁnancement")]
    [InlineData("a\u0344b")]
    [InlineData("İstanbul ǅ ẞ")]
    public void Odd_input_never_throws(string text)
    {
        Assert.All(AnalyzedToken.Of(Index, text), t => Assert.False(string.IsNullOrEmpty(t.Term)));
        Assert.All(AnalyzedToken.Of(Query, text), t => Assert.False(string.IsNullOrEmpty(t.Term)));
    }

    [Fact]
    public void Emoji_separate_words() => Assert.Equal(Terms("emploi logement"), Terms("emploi😀logement"));

    [Fact]
    public void A_word_too_long_to_be_one_is_skipped_and_the_rest_analyzed()
    {
        var garbage = string.Concat(Enumerable.Repeat("Développement", 40));
        Assert.Equal(Terms("logement"), Terms($"{garbage} logement"));
    }

    [Fact]
    public void Version_follows_the_word_lists() => Assert.Matches("^fr-light-1/[0-9a-f]{8}$", FrenchAnalysis.Version);
}
