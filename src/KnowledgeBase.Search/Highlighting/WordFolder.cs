using Lucene.Net.Analysis.Miscellaneous;

namespace KnowledgeBase.Search.Highlighting;

/// <summary>Folds words one after the other into one buffer: lower case, then Lucene's ASCII folding.</summary>
internal sealed class WordFolder
{
    private char[] lower = new char[64];
    private char[] folded = new char[256];

    public ReadOnlySpan<char> Fold(ReadOnlySpan<char> word)
    {
        if (lower.Length < word.Length)
        {
            lower = new char[word.Length * 2];
            folded = new char[word.Length * 8];
        }
        var length = word.ToLowerInvariant(lower);
        return folded.AsSpan(0, ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, length));
    }
}
