using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests.Analysis;

/// <summary>
/// Checks the sector synonyms shipped in <c>content/taxonomy/synonyms.yml</c>. Core reads the
/// file with YamlDotNet; Search must not depend on it, so these tests read its simple one-group-
/// per-line form themselves.
/// </summary>
public class SynonymsFileTests
{
    private static readonly FrenchAnalyzer Analyzer = new();
    private static readonly IReadOnlyList<string[]> Groups = ReadGroups();

    // Acronyms deliberately listed in two groups because they have two meanings.
    private static readonly string[] AmbiguousEntries = ["cae"];

    private static string Key(string entry) => string.Join(' ', Analyzer.Analyze(entry).Select(t => t.Term));

    [Fact]
    public void Every_entry_analyzes_to_at_least_one_term()
    {
        Assert.True(Groups.Count >= 50, $"Only {Groups.Count} groups were read.");
        Assert.All(Groups.SelectMany(g => g), entry => Assert.NotEqual("", Key(entry)));
    }

    [Fact]
    public void Every_group_offers_an_alternative_and_lists_nothing_twice()
    {
        Assert.All(Groups, group =>
        {
            var keys = group.Select(Key).ToArray();
            Assert.True(keys.Distinct().Count() == keys.Length,
                $"[{string.Join(", ", group)}] has entries that analyze alike: {string.Join(" | ", keys)}");
        });
    }

    [Fact]
    public void Acronyms_survive_analysis_whole()
    {
        // Otherwise the stemmer may turn one into another word ("CIAS" → "ci"): protect it in
        // src/KnowledgeBase.Search/Analysis/french-protected-words.txt.
        var acronyms = Groups.SelectMany(g => g).Where(e => e.Length > 1 && e.All(char.IsAsciiLetterUpper));
        Assert.All(acronyms, acronym => Assert.Equal(acronym.ToLowerInvariant(), Key(acronym)));
    }

    [Fact]
    public void Only_known_ambiguous_entries_are_in_several_groups()
    {
        var shared = Groups.SelectMany(g => g.Select(Key).Distinct())
            .GroupBy(k => k).Where(k => k.Count() > 1).Select(k => k.Key);
        Assert.Equal(AmbiguousEntries, shared);
    }

    [Theory]
    [InlineData("RSA", "revenu minimum d'insertion")]
    [InlineData("RMI", "revenu de solidarité active")]
    [InlineData("pôle emploi", "France Travail")]
    [InlineData("ANPE", "Agence nationale pour l'emploi")]
    [InlineData("CCAS", "centre communal d'action sociale")]
    [InlineData("CAF", "caisse d'allocations familiales")]
    [InlineData("PLIE", "plan local pour l'insertion et l'emploi")]
    [InlineData("IAE", "structure d'insertion par l'activité économique")]
    [InlineData("SIAE", "IAE")]
    [InlineData("QPV", "ZUS")]
    [InlineData("quartier prioritaire", "QPV")]
    [InlineData("PDI", "pacte territorial d'insertion")]
    [InlineData("PTI", "programme départemental d'insertion")]
    [InlineData("ASE", "aide sociale à l'enfance")]
    [InlineData("SPIP", "service pénitentiaire d'insertion et de probation")]
    [InlineData("CHRS", "centre d'hébergement et de réinsertion sociale")]
    [InlineData("SIAO", "service intégré d'accueil et d'orientation")]
    [InlineData("DALO", "droit au logement opposable")]
    [InlineData("FJT", "foyer de jeunes travailleurs")]
    [InlineData("ESAT", "établissement et service d'aide par le travail")]
    [InlineData("APA", "allocation personnalisée d'autonomie")]
    [InlineData("PCH", "prestation de compensation du handicap")]
    [InlineData("MDPH", "maison départementale des personnes handicapées")]
    [InlineData("CUCS", "contrat de ville")]
    [InlineData("EHPAD", "établissement d'hébergement pour personnes âgées dépendantes")]
    [InlineData("GIP", "groupement d'intérêt public")]
    [InlineData("ODAS", "Observatoire national de l'action sociale")]
    [InlineData("CNLE", "Conseil national des politiques de lutte contre la pauvreté et l'exclusion sociale")]
    [InlineData("mission locale", "mission locale d'insertion")]
    public void Sector_expressions_are_equivalent(string query, string equivalent)
    {
        var map = new SynonymMap(Groups, Analyzer);
        var terms = Analyzer.Analyze(query).Select(t => t.Term).ToArray();

        var match = map.MatchAt(terms, 0);

        Assert.NotNull(match);
        Assert.Equal(terms.Length, match.Length);
        var expected = Analyzer.Analyze(equivalent).Select(t => t.Term);
        Assert.Contains(match.Alternatives, a => a.SequenceEqual(expected));
    }

    /// <summary>Reads lines "- [a, b, c]", skipping comments and blank lines; anything else fails.</summary>
    private static IReadOnlyList<string[]> ReadGroups()
    {
        var path = RepositoryFiles.Find(Path.Combine("content", "taxonomy", "synonyms.yml"));
        var groups = new List<string[]>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!line.StartsWith("- [") || !line.EndsWith(']'))
                throw new FormatException($"synonyms.yml line {number} is not '- [a, b, …]': {line}");
            var entries = line[3..^1].Split(',').Select(e => e.Trim()).ToArray();
            // Plain YAML scalars: no quoting, so none of these may appear inside an entry.
            if (entries.Any(e => e.Length == 0 || e.IndexOfAny(['[', ']', '{', '}', '"', '#']) >= 0 || e.Contains(": ") || e.StartsWith('\'')))
                throw new FormatException($"synonyms.yml line {number} has an empty or unquotable entry: {line}");
            groups.Add(entries);
        }
        return groups;
    }
}
