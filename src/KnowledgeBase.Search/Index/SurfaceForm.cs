using System.Globalization;
using System.Text;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// A word as written, lower-cased and accent-folded but not stemmed: the key of the vocabulary
/// used for prefix expansion and spelling suggestions ("Logements" → "logements").
/// </summary>
internal static class SurfaceForm
{
    // French elisions glued to the next word; a token span may include them depending on the analyzer.
    private static readonly string[] Elisions = ["jusqu", "lorsqu", "puisqu", "quoiqu", "qu", "l", "d", "j", "m", "n", "s", "t", "c"];

    public static string Of(string text, int start, int length) => Fold(text.AsSpan(start, length));

    public static string Fold(ReadOnlySpan<char> word)
    {
        var folded = IsPlainAscii(word) ? LowerAscii(word) : FoldUnicode(word.ToString());
        return StripElision(folded);
    }

    private static string StripElision(string word)
    {
        var apostrophe = word.LastIndexOfAny(['\'', '’']);
        if (apostrophe <= 0 || apostrophe == word.Length - 1) return word;
        var head = word.AsSpan(0, apostrophe);
        foreach (var elision in Elisions)
            if (head.SequenceEqual(elision)) return word[(apostrophe + 1)..];
        return word;
    }

    private static bool IsPlainAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c > 0x7F) return false;
        return true;
    }

    private static string LowerAscii(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
            buffer[i] = word[i] is >= 'A' and <= 'Z' ? (char)(word[i] + 32) : word[i];
        return new string(buffer);
    }

    private static string FoldUnicode(string word)
    {
        string decomposed;
        try { decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return word.ToLowerInvariant(); } // unpaired surrogates cannot be normalised
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
