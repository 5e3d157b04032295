using System.Text;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Highlighting;

/// <summary>
/// Builds the excerpt of a hit on the original text, so accents and inflections are shown as
/// written: the ~30-word window of the body with the most distinct query terms (then the
/// most occurrences), matching words in &lt;mark&gt;, everything else HTML-escaped. Falls
/// back to the summary, then to the start of the summary.
/// </summary>
internal sealed class ExcerptBuilder(ITextAnalyzer analyzer)
{
    public const int WindowWords = 30;

    // Words of context kept before the first match of the window.
    private const int Lead = 4;

    // Bounds an excerpt made of very long "words" (URLs, garbage) in characters.
    private const int MaxChars = 400;

    private const int MaxMatchesScanned = 1000;

    public string Build(string body, string summary, Func<string, bool> isMatch)
    {
        return Highlight(body, isMatch) ?? Highlight(summary, isMatch) ?? Opening(summary.Length > 0 ? summary : body);
    }

    private string? Highlight(string text, Func<string, bool> isMatch)
    {
        if (text.Length == 0) return null;
        var tokens = analyzer.Analyze(text);
        var matches = new List<int>(); // indexes into tokens
        for (var i = 0; i < tokens.Count && matches.Count < MaxMatchesScanned; i++)
            if (IsValid(tokens[i], text) && isMatch(tokens[i].Term)) matches.Add(i);
        if (matches.Count == 0) return null;

        // Words are counted on the text as written, stop words included.
        var anchor = tokens[matches[BestWindow(tokens, matches)]];
        var from = WordStartBefore(text, anchor.Start, Lead);
        var to = Math.Min(WordsEnd(text, from, WindowWords), from + MaxChars);

        var sb = new StringBuilder(to - from + 64);
        if (from > 0) sb.Append("… ");
        var cursor = from;
        foreach (var index in matches)
        {
            var token = tokens[index];
            if (token.Start < cursor || token.Start + token.Length > to) continue;
            Html.AppendEscaped(sb, text.AsSpan(cursor, token.Start - cursor));
            sb.Append("<mark>");
            Html.AppendEscaped(sb, text.AsSpan(token.Start, token.Length));
            sb.Append("</mark>");
            cursor = token.Start + token.Length;
        }
        Html.AppendEscaped(sb, text.AsSpan(cursor, to - cursor));
        if (to < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    /// <summary>Index in <paramref name="matches"/> where the best window starts.</summary>
    private static int BestWindow(IReadOnlyList<Token> tokens, List<int> matches)
    {
        var (best, bestDistinct, bestCount) = (0, 0, 0);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            distinct.Clear();
            var start = tokens[matches[i]].Position;
            var count = 0;
            for (var j = i; j < matches.Count && tokens[matches[j]].Position < start + WindowWords - Lead; j++, count++)
                distinct.Add(tokens[matches[j]].Term);
            if (distinct.Count > bestDistinct || (distinct.Count == bestDistinct && count > bestCount))
                (best, bestDistinct, bestCount) = (i, distinct.Count, count);
        }
        return best;
    }

    private static string Opening(string text)
    {
        var end = Math.Min(WordsEnd(text, 0, WindowWords), MaxChars);
        var excerpt = Html.Escape(text[..end]);
        return end < text.Length ? excerpt + " …" : excerpt;
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

    private static bool IsValid(Token token, string text) =>
        token.Start >= 0 && token.Length > 0 && token.Start + token.Length <= text.Length;
}
