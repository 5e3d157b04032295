using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>One token of an analyzed text, with its position and where it stands in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, string Type)
{
    /// <summary>The tokens of <paramref name="text"/> through <paramref name="analyzer"/>.</summary>
    public static List<AnalyzedToken> Of(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset, type.Type));
        }
        stream.End();
        return tokens;
    }
}
