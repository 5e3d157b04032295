using System.Collections.Frozen;

namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// A list of lower-case words shipped as an embedded text file in the Snowball format: words at
/// the start of a line, comments after a bar. A word matches as listed or without its accents,
/// so that "etaient" is found like "étaient".
/// </summary>
internal sealed class WordList
{
    /// <summary>French stop words (Snowball list): too frequent to help ranking, dropped.</summary>
    public static WordList FrenchStopWords { get; } = FromResource("french-stopwords.txt");

    /// <summary>
    /// Sector acronyms that the stemmer would cut ("CIAS" → "ci", like "celle-ci"): they are indexed
    /// as written, lower-cased.
    /// </summary>
    public static WordList FrenchProtectedWords { get; } = FromResource("french-protected-words.txt");

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(IReadOnlyCollection<string> words)
    {
        Listed = words;
        _lookup = words.Concat(words.Select(AccentFolding.Fold))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words as listed.</summary>
    public IReadOnlyCollection<string> Listed { get; }

    /// <summary>Whether the lower-cased <paramref name="word"/> is listed.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    private static WordList FromResource(string fileName)
    {
        var name = $"{typeof(WordList).Namespace}.{fileName}";
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var bar = line.IndexOf('|');
            var content = bar < 0 ? line : line[..bar];
            words.AddRange(content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()));
        }
        return new WordList(words.Distinct(StringComparer.Ordinal).ToArray());
    }
}
