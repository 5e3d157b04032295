using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// The distinct written words of a write-up (lower case, no accents, elided article removed)
/// and, for each index term, the written words it came from: "acompagn\u0001accompagnees".
/// </summary>
internal sealed class DocumentVocabulary
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> forms = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Words => [.. words];

    public IReadOnlyList<string> Forms => [.. forms];

    public void Add(AnalyzedValue value, string text)
    {
        string? word = null;
        for (var i = 0; i < value.Count; i++)
        {
            var kind = value.Kind(i);
            if (kind == TokenKind.Pair) continue;
            if (kind == TokenKind.Word)
            {
                var (start, end) = value.Offsets(i);
                word = SurfaceWord.Of(text, start, end);
                if (word.Length == 0) continue;
                words.Add(word);
            }
            if (word is { Length: > 0 }) forms.Add(string.Concat(value.Term(i), [IndexSchema.FormSeparator], word));
        }
    }
}

/// <summary>A token's word as written, the way queries and excerpts compare words.</summary>
internal static class SurfaceWord
{
    /// <summary>The text between the offsets, elided article removed, folded to lower case without accents.</summary>
    public static string Of(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || end <= start) return "";
        var span = text.AsSpan(start, end - start);
        var apostrophe = span.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && apostrophe < span.Length - 1 && WordLists.Articles.Contains(span[..apostrophe].ToString()))
            span = span[(apostrophe + 1)..];
        return Folding.Fold(span);
    }
}
