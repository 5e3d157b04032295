using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CommonGrams;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// One text of a write-up analyzed once, its tokens kept so that they can be written into the
/// weighted <see cref="IndexSchema.Text"/> field several times and give the vocabulary fields
/// (<see cref="IndexSchema.Words"/>, <see cref="IndexSchema.Forms"/>) without a second pass.
/// </summary>
internal sealed class AnalyzedValue
{
    private readonly List<Token> tokens = [];
    private char[] chars = new char[256];
    private int used;

    private AnalyzedValue() { }

    public int Count => tokens.Count;

    public static AnalyzedValue Of(Analyzer analyzer, string text)
    {
        var value = new AnalyzedValue();
        if (text.Length == 0) return value;
        using var stream = analyzer.GetTokenStream(IndexSchema.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var kind = type.Type switch
            {
                CommonGramsFilter.GRAM_TYPE => TokenKind.Pair,
                AccentTolerantStemFilter.VariantType => TokenKind.Variant,
                _ => TokenKind.Word,
            };
            value.Add(term.Buffer, term.Length, increment.PositionIncrement, offset.StartOffset, offset.EndOffset, kind);
        }
        stream.End();
        return value;
    }

    public ReadOnlySpan<char> Term(int i) => chars.AsSpan(tokens[i].At, tokens[i].Length);

    public int Increment(int i) => tokens[i].Increment;

    public TokenKind Kind(int i) => tokens[i].Kind;

    public (int Start, int End) Offsets(int i) => (tokens[i].Start, tokens[i].End);

    private void Add(char[] buffer, int length, int increment, int start, int end, TokenKind kind)
    {
        if (used + length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, used + length));
        Array.Copy(buffer, 0, chars, used, length);
        tokens.Add(new Token(used, length, increment, start, end, kind));
        used += length;
    }

    private readonly record struct Token(int At, int Length, int Increment, int Start, int End, TokenKind Kind);
}

internal enum TokenKind : byte
{
    /// <summary>A word's stem (or a protected word).</summary>
    Word,

    /// <summary>Another stem of the word before it, stacked at its position.</summary>
    Variant,

    /// <summary>A common word with its neighbour ("grand_est"), stacked.</summary>
    Pair,
}
