using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Highlighting;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// The distinct written words of a write-up (lower case, no accents, elided article removed)
/// and, for each index term, the written words it came from: "acompagn\u0001accompagnees".
/// Strings are made only for words not seen before in the write-up.
/// </summary>
internal sealed class DocumentVocabulary
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> forms = new(StringComparer.Ordinal);
    private readonly WordFolder folder = new();
    private char[] form = new char[128];

    public IReadOnlyList<string> Words => [.. words];

    public IReadOnlyList<string> Forms => [.. forms];

    public void Add(AnalyzedValue value, string text)
    {
        var wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var formLookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> word = default;
        for (var i = 0; i < value.Count; i++)
        {
            var kind = value.Kind(i);
            if (kind == TokenKind.Pair) continue;
            if (kind == TokenKind.Word)
            {
                var (start, end) = value.Offsets(i);
                word = folder.Fold(SurfaceWord.WithoutArticle(text, start, end));
                if (word.IsEmpty) continue;
                if (!wordLookup.Contains(word)) wordLookup.Add(word);
            }
            if (word.IsEmpty) continue;
            var term = value.Term(i);
            var length = term.Length + 1 + word.Length;
            if (form.Length < length) form = new char[length * 2];
            term.CopyTo(form);
            form[term.Length] = IndexSchema.FormSeparator;
            word.CopyTo(form.AsSpan(term.Length + 1));
            if (!formLookup.Contains(form.AsSpan(0, length))) formLookup.Add(form.AsSpan(0, length));
        }
    }
}

/// <summary>A token's word as written, the way queries and excerpts compare words.</summary>
internal static class SurfaceWord
{
    /// <summary>The text between the offsets, without an elided article ("l'" of "l'insertion").</summary>
    public static ReadOnlySpan<char> WithoutArticle(string text, int start, int end)
    {
        if (start < 0 || end > text.Length || end <= start) return default;
        var span = text.AsSpan(start, end - start);
        var apostrophe = span.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && apostrophe < span.Length - 1 && IsArticle(span[..apostrophe])) span = span[(apostrophe + 1)..];
        return span;
    }

    private static bool IsArticle(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        return word.Length <= 16 && WordLists.Articles.Contains(lower[..word.ToLowerInvariant(lower)].ToArray());
    }
}
