using Lucene.Net.Analysis.Miscellaneous;

namespace KnowledgeBase.Search.Analysis;

/// <summary>Lower case without accents, with Lucene's ASCII folding (é → e, œ → oe, ß → ss).</summary>
internal static class Folding
{
    /// <summary>The folded, lower-cased form of <paramref name="text"/>.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        var input = text.ToString().ToLowerInvariant().ToCharArray();
        // Folding can expand a char into up to four (Lucene's contract for the output buffer).
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
