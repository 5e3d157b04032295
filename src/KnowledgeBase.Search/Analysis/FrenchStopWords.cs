using System.Collections.Frozen;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The French stop words (articles, pronouns, forms of être and avoir…), read from the embedded
/// Snowball list <c>french-stopwords.txt</c>. They are too frequent to help ranking.
/// </summary>
internal static class FrenchStopWords
{
    private const string ResourceName = "KnowledgeBase.Search.Analysis.french-stopwords.txt";

    /// <summary>The listed words, lower-case, accented as listed.</summary>
    public static IReadOnlyCollection<string> Listed { get; } = Load();

    // Both the listed spelling and its accent-free one, so that "etaient" is dropped like "étaient";
    // no content word is the accent-free spelling of a stop word.
    private static readonly FrozenSet<string> Words =
        Listed.Concat(Listed.Select(AccentFolding.Fold)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the lower-cased <paramref name="word"/> is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static string[] Load()
    {
        using var stream = typeof(FrenchStopWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            // Snowball format: words at the start of the line, a comment after '|'.
            var bar = line.IndexOf('|');
            var content = bar < 0 ? line : line[..bar];
            words.AddRange(content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()));
        }
        return words.Distinct(StringComparer.Ordinal).ToArray();
    }
}
