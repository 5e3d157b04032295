using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KnowledgeBase.Search.Highlighting;

/// <summary>The index term a written word (lower case, no accents) matches in the query, or null.</summary>
internal delegate string? WordMatcher(ReadOnlySpan<char> foldedWord);

/// <summary>
/// Builds the excerpt of a hit on the original text, so accents and inflections are shown as
/// written: the ~30-word window of the body with the most distinct query terms (then the
/// most occurrences), matching words in &lt;mark&gt;, everything else HTML-escaped. Falls
/// back to the summary, then to keywords, organisations and places, then to the start of the
/// summary.
/// </summary>
/// <remarks>
/// The text is not analyzed again: its words are only split and folded, and matched against
/// the written forms that the index records for the query's terms (<see cref="HighlightWords"/>).
/// </remarks>
internal static class ExcerptBuilder
{
    public const int WindowWords = 30;

    // Words of context kept before the first match of the window.
    private const int Lead = 4;

    // Bounds an excerpt made of very long "words" (URLs, garbage) in characters.
    private const int MaxChars = 400;

    private const int MaxMatchesScanned = 1000;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly record struct Match(int Word, int Start, int Length, string Term);

    public static string Build(string body, string summary, string tags, WordMatcher matcher) =>
        Highlight(body, matcher) ?? Highlight(summary, matcher) ?? Highlight(tags, matcher) ?? Opening(summary.Length > 0 ? summary : body);

    /// <summary>The first ~30 words, escaped.</summary>
    public static string Opening(string text)
    {
        var end = Math.Min(WordsEnd(text, 0, WindowWords), MaxChars);
        var excerpt = Encoder.Encode(text[..end]);
        return end < text.Length ? excerpt + " …" : excerpt;
    }

    private static string? Highlight(string text, WordMatcher matcher)
    {
        if (text.Length == 0) return null;
        var matches = Matches(text, matcher);
        if (matches.Count == 0) return null;

        var anchor = matches[BestWindow(matches)];
        var from = WordStartBefore(text, anchor.Start, Lead);
        var to = Math.Min(WordsEnd(text, from, WindowWords), from + MaxChars);

        using var excerpt = new StringWriter();
        if (from > 0) excerpt.Write("… ");
        var cursor = from;
        foreach (var match in matches)
        {
            if (match.Start < cursor || match.Start + match.Length > to) continue;
            Encoder.Encode(excerpt, text, cursor, match.Start - cursor);
            excerpt.Write("<mark>");
            Encoder.Encode(excerpt, text, match.Start, match.Length);
            excerpt.Write("</mark>");
            cursor = match.Start + match.Length;
        }
        Encoder.Encode(excerpt, text, cursor, to - cursor);
        if (to < text.Length) excerpt.Write(" …");
        return excerpt.ToString();
    }

    private static List<Match> Matches(string text, WordMatcher matcher)
    {
        var matches = new List<Match>();
        var words = 0;
        var i = 0;
        var folder = new WordFolder();
        while (i < text.Length && matches.Count < MaxMatchesScanned)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (matcher(folder.Fold(text.AsSpan(start, i - start))) is { } term) matches.Add(new Match(words, start, i - start, term));
            words++;
        }
        return matches;
    }

    // As the tokenizer sees words: letters and digits, with their combining accents.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Index in <paramref name="matches"/> where the best window starts.</summary>
    private static int BestWindow(List<Match> matches)
    {
        var (best, bestDistinct, bestCount) = (0, 0, 0);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            distinct.Clear();
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].Word < matches[i].Word + WindowWords - Lead; j++, count++)
                distinct.Add(matches[j].Term);
            if (distinct.Count > bestDistinct || (distinct.Count == bestDistinct && count > bestCount))
                (best, bestDistinct, bestCount) = (i, distinct.Count, count);
        }
        return best;
    }

    /// <summary>Start of the word <paramref name="words"/> words before the one at <paramref name="at"/>.</summary>
    private static int WordStartBefore(string text, int at, int words)
    {
        var i = at;
        for (var w = 0; w < words && i > 0; w++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    /// <summary>End of the <paramref name="words"/>-th word starting at <paramref name="from"/>.</summary>
    private static int WordsEnd(string text, int from, int words)
    {
        var i = from;
        for (var w = 0; w < words; w++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) break;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        return i;
    }
}
