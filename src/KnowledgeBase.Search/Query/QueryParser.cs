namespace KnowledgeBase.Search.Query;

/// <summary>
/// Reads the search box syntax: words (all required), "phrases", -excluded words or phrases,
/// prefix* words. Anything else is text to analyze, so every input parses; the operators of
/// Lucene's own query syntax (AND, OR, NOT, parentheses, field:, ~, ^) have no meaning here.
/// </summary>
internal static class QueryParser
{
    /// <summary>Longer input is cut: nobody types more, and it bounds the work per search.</summary>
    public const int MaxLength = 512;

    /// <summary>Clauses beyond this are ignored, as in common web search engines.</summary>
    public const int MaxClauses = 32;

    public static ParsedQuery Parse(string? input)
    {
        var text = Truncate(input ?? "");
        var clauses = new List<QueryClause>();
        var i = 0;
        while (i < text.Length && clauses.Count < MaxClauses)
        {
            if (IsSpace(text[i])) { i++; continue; }
            var excluded = text[i] == '-' && i + 1 < text.Length && !IsSpace(text[i + 1]);
            if (excluded) i++;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                clauses.Add(new QueryClause(ClauseKind.Phrase, text[(i + 1)..end], i + 1, excluded));
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !IsSpace(text[i]) && text[i] != '"') i++;
            var word = text[start..i];
            if (word.EndsWith('*'))
            {
                var prefix = word.TrimEnd('*');
                if (prefix.Length > 0) clauses.Add(new QueryClause(ClauseKind.Prefix, prefix, start, excluded));
            }
            else clauses.Add(new QueryClause(ClauseKind.Word, word, start, excluded));
        }
        return new ParsedQuery(text, clauses);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static string Truncate(string text)
    {
        if (text.Length <= MaxLength) return text;
        var length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..length];
    }
}
