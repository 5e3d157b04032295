using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The word lists of the French analysis: Lucene's French stop words (the Snowball list) with
/// their unaccented spellings, and the project's lists embedded from <c>Analysis/*.txt</c>.
/// </summary>
internal static class WordLists
{
    /// <summary>Lucene's French stop words, also as typed without accents ("ete", "a").</summary>
    public static CharArraySet StopWords { get; } = WithUnaccented(FrenchAnalyzer.DefaultStopSet);

    /// <summary>Sector acronyms that are never stemmed (<c>french-protected-words.txt</c>).</summary>
    public static CharArraySet ProtectedWords { get; } = Load("french-protected-words.txt");

    /// <summary>Stop words indexed in pairs with their neighbours (<c>french-common-grams.txt</c>).</summary>
    public static CharArraySet CommonGramWords { get; } = Load("french-common-grams.txt");

    /// <summary>Articles removed before an apostrophe: l', d', qu', jusqu'…</summary>
    public static CharArraySet Articles => FrenchAnalyzer.DEFAULT_ARTICLES;

    /// <summary>A short hash of every list, part of the analysis version stamped in the index.</summary>
    public static string Fingerprint { get; } = Hash(StopWords, ProtectedWords, CommonGramWords);

    /// <summary>The words of an embedded list: one per line, before any "|" comment.</summary>
    internal static IReadOnlyList<string> Read(string fileName)
    {
        var name = $"{typeof(WordLists).Namespace}.{fileName}";
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var bar = line.IndexOf('|');
            var word = (bar < 0 ? line : line[..bar]).Trim();
            if (word.Length > 0) words.Add(word.ToLowerInvariant());
        }
        return words;
    }

    // Case-sensitive: the lists are read after the lower-case filter, and exact lookups are faster.
    private static CharArraySet Load(string fileName) =>
        new CharArraySet(FrenchAnalysis.LuceneVersion, Read(fileName), ignoreCase: false).AsReadOnly();

    private static CharArraySet WithUnaccented(CharArraySet words)
    {
        var all = new CharArraySet(FrenchAnalysis.LuceneVersion, words.Count * 2, ignoreCase: false);
        foreach (string word in words)
        {
            all.Add(word);
            all.Add(Folding.Fold(word));
        }
        return all.AsReadOnly();
    }

    private static string Hash(params CharArraySet[] lists)
    {
        var text = string.Join("\n", lists.Select(l => string.Join(' ', l.Order(StringComparer.Ordinal))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
