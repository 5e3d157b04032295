using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// The <see cref="IndexSchema.Text"/> field of a write-up: each analyzed value replayed as many
/// times as its weight, with a gap of positions between values so that no phrase spans two.
/// </summary>
internal sealed class WeightedTokenStream : TokenStream
{
    private readonly IReadOnlyList<(AnalyzedValue Value, int Times)> parts;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private int part, copy, token;
    private bool gapPending;

    public WeightedTokenStream(IReadOnlyList<(AnalyzedValue Value, int Times)> parts)
    {
        this.parts = parts;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (part < parts.Count)
        {
            var (value, times) = parts[part];
            if (copy < times && token < value.Count)
            {
                ClearAttributes();
                term.CopyBuffer(value.Term(token));
                var step = value.Increment(token);
                increment.PositionIncrement = gapPending ? step + Analysis.FrenchAnalysis.ValueGap : step;
                gapPending = false;
                token++;
                return true;
            }
            if (value.Count > 0 && copy < times) gapPending = true;
            token = 0;
            if (++copy >= times)
            {
                copy = 0;
                part++;
            }
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        (part, copy, token, gapPending) = (0, 0, 0, false);
    }
}

/// <summary>A fixed list of terms as a token stream, one position each.</summary>
internal sealed class TermListTokenStream : TokenStream
{
    private readonly IReadOnlyList<string> terms;
    private readonly ICharTermAttribute term;
    private int next;

    public TermListTokenStream(IReadOnlyList<string> terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= terms.Count) return false;
        ClearAttributes();
        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}

internal static class TermAttributeExtensions
{
    public static void CopyBuffer(this ICharTermAttribute term, ReadOnlySpan<char> chars)
    {
        var buffer = term.ResizeBuffer(chars.Length);
        chars.CopyTo(buffer);
        term.Length = chars.Length;
    }
}
