using System.Globalization;
using System.Text;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// A word as written, lower-cased and accent-folded but not stemmed: the key of the vocabulary
/// used for prefix expansion, spelling suggestions and excerpt highlighting ("Logements" →
/// "logements"). Folding is one table look-up per character and keeps the length, so offsets
/// in a folded text are offsets in the original.
/// </summary>
internal static class SurfaceForm
{
    // French elisions glued to the next word; a token span may include them depending on the analyzer.
    private static readonly string[] Elisions = ["jusqu", "lorsqu", "puisqu", "quoiqu", "qu", "l", "d", "j", "m", "n", "s", "t", "c"];

    private static readonly char[] Folded = BuildTable();

    public static string Of(string text, int start, int length) => Fold(text.AsSpan(start, length));

    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        FoldInto(word, buffer);
        return StripElision(buffer);
    }

    /// <summary>Folds each character of <paramref name="source"/> into <paramref name="target"/> (same length).</summary>
    public static void FoldInto(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++) target[i] = Folded[source[i]];
    }

    private static string StripElision(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '’');
        if (apostrophe > 0 && apostrophe < word.Length - 1)
        {
            var head = word[..apostrophe];
            foreach (var elision in Elisions)
                if (head.SequenceEqual(elision)) return new string(word[(apostrophe + 1)..]);
        }
        return new string(word);
    }

    // Lower case, then drop combining marks when the character decomposes to one base letter
    // ("É" → "e"); characters that do not decompose that way (œ, ß, emoji halves) stay as they are.
    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            table[c] = ch;
            if (char.IsSurrogate(ch)) continue;
            var lower = char.ToLowerInvariant(ch);
            table[c] = lower;
            if (lower < 0x80) continue;
            string decomposed;
            try { decomposed = lower.ToString().Normalize(NormalizationForm.FormD); }
            catch (ArgumentException) { continue; } // noncharacters such as U+FFFE
            if (decomposed.Length > 1 && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark))
                table[c] = decomposed[0];
        }
        return table;
    }
}
