using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests.Analysis;

/// <summary>
/// Checks the sector synonyms shipped in <c>content/taxonomy/synonyms.yml</c>. Core reads the
/// file with YamlDotNet; Search must not depend on it, so these tests read its simple one-group-
/// per-line form themselves.
/// </summary>
public class SynonymsFileTests
{
    private static readonly QueryAnalyzer Analyzer = new(synonyms: null);
    private static readonly IReadOnlyList<string[]> Groups = ReadGroups();

    // Acronyms deliberately listed in two groups because they have two meanings.
    private static readonly string[] AmbiguousEntries = ["cae"];

    private static string Key(string entry) => Phrase.Of(AnalyzedToken.Of(Analyzer, entry)).Key;

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
    public void Acronyms_are_protected_and_survive_analysis_whole()
    {
        // Otherwise the stemmer may cut one ("CCAS" → "cca"): list it in
        // src/KnowledgeBase.Search/Analysis/french-protected-words.txt.
        var acronyms = Groups.SelectMany(g => g).Where(e => e.Length > 1 && e.All(char.IsAsciiLetterUpper)).ToList();
        Assert.True(acronyms.Count > 50);
        Assert.All(acronyms, acronym => Assert.Equal(acronym.ToLowerInvariant(), Key(acronym)));
        Assert.All(acronyms, acronym => Assert.True(WordLists.ProtectedWords.Contains(acronym.ToLowerInvariant()), $"{acronym} is not protected"));
    }

    [Fact]
    public void Only_known_ambiguous_entries_are_in_several_groups()
    {
        var shared = Groups.SelectMany(g => g.Select(Key).Distinct())
            .GroupBy(k => k).Where(k => k.Count() > 1).Select(k => k.Key);
        Assert.Equal(AmbiguousEntries, shared);
    }

    public static TheoryData<string, string> Equivalents => new()
    {
        { "RSA", "revenu minimum d'insertion" },
        { "RMI", "revenu de solidarité active" },
        { "pôle emploi", "France Travail" },
        { "ANPE", "Agence nationale pour l'emploi" },
        { "CCAS", "centre communal d'action sociale" },
        { "CAF", "caisse d'allocations familiales" },
        { "PLIE", "plan local pour l'insertion et l'emploi" },
        { "IAE", "structure d'insertion par l'activité économique" },
        { "SIAE", "IAE" },
        { "QPV", "ZUS" },
        { "quartier prioritaire", "QPV" },
        { "PDI", "pacte territorial d'insertion" },
        { "PTI", "programme départemental d'insertion" },
        { "ASE", "aide sociale à l'enfance" },
        { "SPIP", "service pénitentiaire d'insertion et de probation" },
        { "CHRS", "centre d'hébergement et de réinsertion sociale" },
        { "SIAO", "service intégré d'accueil et d'orientation" },
        { "DALO", "droit au logement opposable" },
        { "FJT", "foyer de jeunes travailleurs" },
        { "ESAT", "établissement et service d'aide par le travail" },
        { "APA", "allocation personnalisée d'autonomie" },
        { "PCH", "prestation de compensation du handicap" },
        { "MDPH", "maison départementale des personnes handicapées" },
        { "CUCS", "contrat de ville" },
        { "EHPAD", "établissement d'hébergement pour personnes âgées dépendantes" },
        { "GIP", "groupement d'intérêt public" },
        { "ODAS", "Observatoire national de l'action sociale" },
        { "CNLE", "Conseil national des politiques de lutte contre la pauvreté et l'exclusion sociale" },
        { "mission locale", "mission locale d'insertion" },
        { "CAE", "contrat d'accompagnement dans l'emploi" },
        { "CAE", "coopérative d'activité et d'emploi" },
    };

    [Theory]
    [MemberData(nameof(Equivalents))]
    public void A_query_finds_write_ups_using_an_equivalent_expression(string query, string written)
    {
        using var test = new TestIndex(synonyms: Groups);
        test.Index.Upsert([Doc.Make(1, "Une action", body: $"Avec le concours de : {written}."), Doc.Make(2, "Autre action", body: "Rien de tel.")]);

        Assert.Equal([1L], test.Ids(query));
    }

    /// <summary>Reads lines "- [a, b, c]", skipping comments and blank lines; anything else fails.</summary>
    internal static IReadOnlyList<string[]> ReadGroups()
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
