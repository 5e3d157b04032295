using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests.Analysis;

public class FrenchAnalyzerTests
{
    private readonly FrenchAnalyzer _analyzer = new();

    private string[] Terms(string text) => _analyzer.Analyze(text).Select(t => t.Term).ToArray();

    private string SingleTerm(string text) => Assert.Single(_analyzer.Analyze(text)).Term;

    [Theory]
    [InlineData("l'insertion", "insertion")]
    [InlineData("L’insertion", "insertion")]
    [InlineData("d'emploi", "emploi")]
    [InlineData("qu'insertion", "insertion")]
    [InlineData("lorsqu'accompagnement", "accompagnement")]
    [InlineData("puisqu’habitat", "habitat")]
    [InlineData("s'insérer", "insérer")]
    [InlineData("n'importe", "importe")]
    public void Elided_articles_are_removed(string elided, string bare) =>
        Assert.Equal(SingleTerm(bare), SingleTerm(elided));

    [Fact]
    public void Elision_offsets_cover_only_the_word_after_the_apostrophe()
    {
        const string text = "Accès à l’éducation";
        var tokens = _analyzer.Analyze(text);
        Assert.Equal(["Accès", "éducation"], tokens.Select(t => text.Substring(t.Start, t.Length)));
    }

    [Fact]
    public void Jusqu_a_leaves_only_the_following_word()
    {
        Assert.Empty(_analyzer.Analyze("jusqu'à"));
        Assert.Equal(Terms("bout"), Terms("jusqu’au bout"));
    }

    [Fact]
    public void Apostrophes_that_are_not_elisions_split_words() =>
        Assert.Equal(2, _analyzer.Analyze("aujourd'hui").Count);

    [Theory]
    [InlineData("Pôle", "pole")]
    [InlineData("PÔLE EMPLOI", "pole emploi")]
    [InlineData("Éducation", "education")]
    [InlineData("garçon", "garcon")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("ex æquo", "ex aequo")]
    [InlineData("Activité", "activité")]
    public void Case_and_accents_do_not_matter(string a, string b) => Assert.Equal(Terms(b), Terms(a));

    [Fact]
    public void Terms_are_accent_free() =>
        Assert.All(Terms("Été élève côté œuvre ça naïf"), t => Assert.True(t.All(c => c < 0x80), t));

    [Theory]
    [InlineData("logements", "logement")]
    [InlineData("structures", "structure")]
    [InlineData("sociaux", "social")]
    [InlineData("territoriales", "territorial")]
    [InlineData("insertions", "insertion")]
    public void Inflections_share_a_term(string a, string b) => Assert.Equal(SingleTerm(b), SingleTerm(a));

    [Fact]
    public void Stop_words_are_dropped_but_keep_their_positions()
    {
        var tokens = _analyzer.Analyze("le plan de la ville");
        Assert.Equal([("plan", 1), ("vill", 4)], tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void Unaccented_stop_words_are_dropped_too() => Assert.Empty(_analyzer.Analyze("etaient ete a"));

    [Fact]
    public void Elided_article_takes_no_position_of_its_own()
    {
        var tokens = _analyzer.Analyze("l'insertion sociale");
        Assert.Equal([0, 1], tokens.Select(t => t.Position));
    }

    [Fact]
    public void Offsets_point_to_the_word_as_written()
    {
        const string text = "  Les LOGEMENTS sociaux, l'Île-de-France et la Côte-d'Or…";
        var written = _analyzer.Analyze(text).Select(t => text.Substring(t.Start, t.Length));
        Assert.Equal(["LOGEMENTS", "sociaux", "Île", "France", "Côte", "Or"], written);
    }

    [Fact]
    public void Hyphenated_words_are_split()
    {
        Assert.Equal([("ile", 0), ("franc", 2)], _analyzer.Analyze("Île-de-France").Select(t => (t.Term, t.Position)));
        Assert.Equal([("port", 0), ("port", 2)], _analyzer.Analyze("porte-à-porte").Select(t => (t.Term, t.Position)));
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("AG2R", "ag2r")]
    [InlineData("13e", "13e")]
    public void Words_with_digits_are_kept_as_written_in_lower_case(string text, string term) =>
        Assert.Equal(term, SingleTerm(text));

    [Fact]
    public void Decomposed_accents_give_the_same_term_and_whole_offsets()
    {
        const string text = "e\u0301ducation";
        var token = Assert.Single(_analyzer.Analyze(text));
        Assert.Equal(SingleTerm("éducation"), token.Term);
        Assert.Equal(text.Length, token.Length);
    }

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
        var tokens = _analyzer.Analyze(text);
        Assert.All(tokens, t => Assert.False(string.IsNullOrEmpty(t.Term)));
        Assert.All(tokens, t => Assert.InRange(t.Start + t.Length, 1, text.Length));
    }

    [Fact]
    public void Emoji_separate_words()
    {
        Assert.Equal(Terms("emploi logement"), Terms("emploi😀logement"));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_stay_in_their_word()
    {
        const string text = "a𝒜b";
        var token = Assert.Single(_analyzer.Analyze(text));
        Assert.Equal(text.Length, token.Length);
    }

    [Fact]
    public void Very_long_words_are_analyzed()
    {
        var word = string.Concat(Enumerable.Repeat("Développement", 40));
        var token = Assert.Single(_analyzer.Analyze($"le {word} !"));
        Assert.Equal(word.Length, token.Length);
        Assert.StartsWith("developpement", token.Term);
    }

    [Fact]
    public void NormalizeTerm_gives_the_indexed_term_and_keeps_stop_words()
    {
        Assert.Equal(SingleTerm("logements"), _analyzer.NormalizeTerm("Logements"));
        Assert.Equal(SingleTerm("insertion"), _analyzer.NormalizeTerm("l’insertion"));
        Assert.Equal("le", _analyzer.NormalizeTerm("le"));
        Assert.Equal("pol", _analyzer.NormalizeTerm("PÔLE"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Île-de-France")]
    [InlineData("pôle emploi")]
    [InlineData("😀")]
    public void NormalizeTerm_is_null_unless_exactly_one_word(string word) =>
        Assert.Null(_analyzer.NormalizeTerm(word));

    [Theory]
    [InlineData("Pôle Emploi", "pole emploi")]
    [InlineData("ŒUVRE Æ ç", "oeuvre ae c")]
    [InlineData("déjà-vu !", "deja-vu !")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Fold_lower_cases_and_removes_accents_without_stemming(string text, string folded) =>
        Assert.Equal(folded, FrenchAnalyzer.Fold(text));

    [Fact]
    public void Version_names_this_chain() => Assert.Equal("fr-1", _analyzer.Version);

    [Fact]
    public void The_Snowball_stop_list_is_embedded()
    {
        Assert.Contains("étaient", WordList.FrenchStopWords.Listed);
        Assert.Contains("les", WordList.FrenchStopWords.Listed);
        Assert.True(WordList.FrenchStopWords.Listed.Count > 150);
    }

    [Theory]
    [InlineData("CIAS", "cias")]
    [InlineData("cie", "cie")]
    [InlineData("CHRS", "chrs")]
    public void Protected_acronyms_are_not_stemmed(string word, string term) => Assert.Equal(term, SingleTerm(word));

    [Fact]
    public void Protected_acronyms_do_not_meet_the_words_the_stemmer_would_make_of_them() =>
        Assert.NotEqual(SingleTerm("CIAS"), Terms("celle-ci")[^1]);
}
