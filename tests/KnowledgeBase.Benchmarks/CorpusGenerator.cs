using System.Text;

namespace KnowledgeBase.Benchmarks;

/// <summary>
/// Synthetic write-ups with realistic sizes and statistics: French domain words drawn with a
/// Zipf distribution (some plural), ~45% stop words, a long tail of rare words and town names,
/// sentences with capitals and punctuation, and facet values from realistic value sets; 15% of
/// the domain words come from the write-up's first theme's own words.
/// </summary>
internal sealed class CorpusGenerator
{
    public static readonly string[] Themes = ["logement", "emploi", "santé", "éducation", "jeunesse", "alimentation", "mobilité", "numérique", "culture", "environnement"];
    public static readonly string[] Publics = ["jeunes", "familles", "seniors", "personnes handicapées", "demandeurs d'emploi", "allocataires du RSA", "migrants", "femmes", "enfants", "sans-abri"];
    public static readonly string[] Regions = ["Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"];
    public static readonly string[] Departements = [.. Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("00")).Concat(["2A", "2B", "971", "972", "973", "974", "976"])];
    public static readonly string[] Stages = ["idée", "lancement", "en cours", "essaimage", "terminé"];
    public static readonly string[] Evidence = ["déclaratif", "évalué", "évalué avec groupe témoin"];

    private const int TailSize = 30_000;
    private const double TopicShare = 0.15;
    private readonly int seed;
    private readonly string[] domain = FrenchWords.Domain.Distinct().ToArray();
    private readonly double[] domainCdf;
    private readonly string[] tail;
    private readonly double[] tailCdf;

    public CorpusGenerator(int seed)
    {
        this.seed = seed;
        domainCdf = ZipfCdf(domain.Length, 1.0);
        tail = PseudoWords(new Random(seed + 1), TailSize);
        tailCdf = ZipfCdf(TailSize, 1.1);
    }

    /// <summary>Distinct domain words, the pool benchmark queries are drawn from.</summary>
    public IReadOnlyList<string> DomainWords => domain;

    /// <summary>
    /// Write-up <paramref name="id"/> of this corpus: always the same for the same seed and id,
    /// whatever was made before, so documents can be made on several threads.
    /// </summary>
    public IndexDocument Make(long id)
    {
        var random = new Random(Mix(seed, id));
        var region = Pick(random, Regions, 1);
        var themes = Pick(random, Themes, 1 + random.Next(2));
        var topic = Array.IndexOf(Themes, themes[0]);
        var start = 1995 + random.Next(31);
        return new IndexDocument
        {
            Id = id,
            Slug = $"fiche-{id}",
            Title = Capitalise(Words(random, topic, 8 + random.Next(-3, 4), stopShare: 0.25)),
            Summary = Sentences(random, topic, 60),
            Body = Sentences(random, topic, 450),
            Keywords = [.. Enumerable.Range(0, 3 + random.Next(3)).Select(_ => DomainWord(random, topic))],
            Organisations = [$"Association {Capitalise(DomainWord(random, topic))} {Town(random)}", $"CCAS de {Town(random)}"],
            Places = [Town(random), region[0]],
            PublishedAt = new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(16 * 365 * 24 * 60)),
            Facets = new Dictionary<string, IReadOnlyList<string>>
            {
                [FacetNames.Theme] = themes,
                [FacetNames.Public] = Pick(random, Publics, 1 + random.Next(3)),
                [FacetNames.Region] = region,
                [FacetNames.Departement] = Pick(random, Departements, 1),
                [FacetNames.Stage] = Pick(random, Stages, 1),
                [FacetNames.Evidence] = Pick(random, Evidence, 1),
                [FacetNames.Period] = [$"{start - start % 5}-{start - start % 5 + 4}"],
            },
        };
    }

    private string Sentences(Random random, int topic, int words)
    {
        var sb = new StringBuilder(words * 8);
        var written = 0;
        while (written < words)
        {
            var length = Math.Min(words - written, 8 + random.Next(14));
            var sentence = Words(random, topic, length, stopShare: 0.45);
            if (length > 8 && random.Next(2) == 0)
            {
                var comma = sentence.IndexOf(' ', sentence.Length / 2);
                if (comma > 0) sentence = sentence.Insert(comma, ",");
            }
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Capitalise(sentence)).Append('.');
            written += length;
        }
        return sb.ToString();
    }

    private string Words(Random random, int topic, int count, double stopShare)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            words[i] = roll < stopShare ? FrenchWords.StopWords[random.Next(FrenchWords.StopWords.Length)]
                : roll < stopShare + 0.04 ? Draw(random, tail, tailCdf)
                : roll < stopShare + 0.06 ? Town(random)
                : DomainWord(random, topic);
        }
        return string.Join(' ', words);
    }

    // Some words come from the first theme's own share of the vocabulary, as a write-up on
    // housing speaks of housing: similar write-ups then have something in common to find.
    private string DomainWord(Random random, int topic)
    {
        var word = random.NextDouble() < TopicShare
            ? domain[topic + Themes.Length * random.Next(domain.Length / Themes.Length)]
            : Draw(random, domain, domainCdf);
        return random.Next(4) == 0 && !word.EndsWith('s') && !word.EndsWith('x') ? word + "s" : word;
    }

    private static string Town(Random random) => FrenchWords.Towns[random.Next(FrenchWords.Towns.Length)];

    private static string Draw(Random random, string[] words, double[] cdf)
    {
        var index = Array.BinarySearch(cdf, random.NextDouble());
        return words[Math.Min(index < 0 ? ~index : index, words.Length - 1)];
    }

    private static string[] Pick(Random random, string[] values, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => values[random.Next(values.Length)]).Distinct()];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Seeds of neighbouring documents must not be neighbours: System.Random's first draws from
    // close seeds are close. Not HashCode.Combine either: its seed changes with every process.
    private static int Mix(int seed, long id)
    {
        var z = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)id);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static double[] ZipfCdf(int size, double exponent)
    {
        var weights = Enumerable.Range(1, size).Select(rank => 1 / Math.Pow(rank, exponent)).ToArray();
        var total = weights.Sum();
        var cdf = new double[size];
        var sum = 0.0;
        for (var i = 0; i < size; i++) cdf[i] = sum += weights[i] / total;
        return cdf;
    }

    // Rare words (names, jargon, typos) that make a real vocabulary long-tailed.
    private static string[] PseudoWords(Random random, int count)
    {
        string[] syllables = ["ba", "be", "bi", "bo", "ca", "ce", "co", "da", "de", "di", "fa", "fe", "ga", "gi", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "pa", "pe", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "ta", "te", "ti", "to", "va", "ve", "vi", "an", "on", "in", "eur", "ette", "ier", "age", "ment"];
        var words = new HashSet<string>();
        while (words.Count < count)
            words.Add(string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => syllables[random.Next(syllables.Length)])));
        return [.. words];
    }
}
