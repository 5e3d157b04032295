using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests.Analysis;

public class SynonymMapTests
{
    private static readonly FrenchAnalyzer Analyzer = new();

    private static string[] Terms(string text) => Analyzer.Analyze(text).Select(t => t.Term).ToArray();

    private static SynonymMap Map(params string[][] groups) => new(groups, Analyzer);

    private static readonly SynonymMap Employment = Map(
        ["France Travail", "Pôle emploi", "ANPE", "Agence nationale pour l'emploi"],
        ["RSA", "RMI", "revenu de solidarité active"],
        ["mission locale", "mission locale pour l'insertion professionnelle et sociale des jeunes"],
        ["mission", "tâche"]);

    [Fact]
    public void A_query_expression_expands_to_every_equivalent_the_one_found_first()
    {
        var match = Employment.MatchAt(Terms("pole emploi"), 0);

        Assert.NotNull(match);
        Assert.Equal((0, 2), (match.Start, match.Length));
        Assert.Equal<IEnumerable<string>[]>(
            [["pol", "emploi"], ["franc", "travail"], ["anpe"], ["agenc", "national", "emploi"]],
            match.Alternatives.ToArray());
    }

    [Theory]
    [InlineData("PÔLES EMPLOI")]
    [InlineData("Pôle-Emploi")]
    [InlineData("pôle d'emploi")]
    public void Matching_is_on_terms_so_case_accents_plurals_and_stop_words_do_not_matter(string query) =>
        Assert.NotNull(Employment.MatchAt(Terms(query), 0));

    [Fact]
    public void The_longest_expression_wins()
    {
        var match = Employment.MatchAt(Terms("mission locale de Rennes"), 0);
        Assert.NotNull(match);
        Assert.Equal(2, match.Length);
        Assert.Equal(2, match.Alternatives.Count);
    }

    [Fact]
    public void A_shorter_expression_matches_when_the_longer_one_does_not()
    {
        var match = Employment.MatchAt(Terms("mission d'observation"), 0);
        Assert.NotNull(match);
        Assert.Equal(1, match.Length);
        Assert.Contains(match.Alternatives, a => a.SequenceEqual(Terms("tâche")));
    }

    [Fact]
    public void MatchAll_finds_each_expression_without_overlap()
    {
        var terms = Terms("accompagnement RSA avec la mission locale et l'ANPE");
        var matches = Employment.MatchAll(terms);
        Assert.Equal(
            [(Array.IndexOf(terms, "rsa"), 1), (Array.IndexOf(terms, "mission"), 2), (Array.IndexOf(terms, "anpe"), 1)],
            matches.Select(m => (m.Start, m.Length)));
    }

    [Fact]
    public void No_match_gives_null()
    {
        Assert.Null(Employment.MatchAt(Terms("logement social"), 0));
        Assert.Null(Employment.MatchAt(Terms("pôle"), 0));
        Assert.Null(Employment.MatchAt(Terms("rsa"), 1));
        Assert.Null(Employment.MatchAt([], 0));
        Assert.Null(Employment.MatchAt(["rsa"], -1));
        Assert.Empty(Employment.MatchAll([]));
    }

    [Fact]
    public void An_entry_in_two_groups_expands_to_both_but_the_others_do_not_mix()
    {
        var map = Map(
            ["CAE", "contrat d'accompagnement dans l'emploi"],
            ["CAE", "coopérative d'activité et d'emploi"]);

        var cae = map.MatchAt(["cae"], 0);
        Assert.NotNull(cae);
        Assert.Equal(3, cae.Alternatives.Count);

        var cooperative = map.MatchAt(Terms("coopérative d'activité et d'emploi"), 0);
        Assert.NotNull(cooperative);
        Assert.Equal(2, cooperative.Alternatives.Count);
    }

    [Fact]
    public void Entries_without_terms_and_groups_without_an_alternative_are_ignored()
    {
        var map = Map(["de la", "RSA"], ["logement", "logements"], ["CAF", "caisse d'allocations familiales", "CAF"]);
        Assert.Equal(2, map.EntryCount);
        Assert.Null(map.MatchAt(["rsa"], 0));
        Assert.Null(map.MatchAt(Terms("logement"), 0));
        Assert.Equal(2, map.MatchAt(["caf"], 0)?.Alternatives.Count);
    }

    [Fact]
    public void The_empty_map_expands_nothing()
    {
        Assert.Equal(0, SynonymMap.Empty.EntryCount);
        Assert.Null(SynonymMap.Empty.MatchAt(["rsa"], 0));
    }
}
