using System.Globalization;
using System.Text;

namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// Lower-cases and removes diacritics (é → e, ç → c) and splits ligatures (œ → oe, æ → ae), so
/// that a word typed without accents finds the accented one.
/// </summary>
internal static class AccentFolding
{
    // Latin letters with diacritics all lie below U+0250; a table keeps the hot path to one lookup.
    private const char TableEnd = '\u0250';
    private static readonly string?[] Latin = BuildLatinTable();

    /// <summary>The most characters one input character folds to (ß → ss, œ → oe).</summary>
    public const int MaxExpansion = 2;

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/>
    /// (which needs <see cref="MaxExpansion"/> times the room) and returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        foreach (var c in source)
        {
            if (c < 0x80)
            {
                destination[length++] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else if (c < TableEnd)
            {
                var folded = Latin[c];
                if (folded is null) destination[length++] = char.ToLowerInvariant(c);
                else foreach (var f in folded) destination[length++] = f;
            }
            else if (!IsCombiningMark(c))
            {
                destination[length++] = char.ToLowerInvariant(c);
            }
        }
        return length;
    }

    /// <summary>The folded form of <paramref name="text"/>; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsFolding(text)) return text;
        var buffer = text.Length <= 256 ? stackalloc char[MaxExpansion * 256] : new char[MaxExpansion * text.Length];
        return new string(buffer[..Fold(text, buffer)]);
    }

    public static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
            if (c >= 0x80 || c is >= 'A' and <= 'Z') return true;
        return false;
    }

    private static string?[] BuildLatinTable()
    {
        var table = new string?[TableEnd];
        for (var c = '\u00C0'; c < TableEnd; c++)
        {
            if (!char.IsLetter(c)) continue;
            var bare = new StringBuilder();
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) bare.Append(char.ToLowerInvariant(d));
            if (bare.Length > 0 && bare.ToString() != c.ToString()) table[c] = bare.ToString();
        }
        // Letters that Unicode does not decompose.
        foreach (var (letter, folded) in new[]
                 {
                     ('œ', "oe"), ('Œ', "oe"), ('æ', "ae"), ('Æ', "ae"), ('ß', "ss"), ('ø', "o"), ('Ø', "o"),
                     ('đ', "d"), ('Đ', "d"), ('ł', "l"), ('Ł', "l"),
                 })
            table[letter] = folded;
        return table;
    }
}
