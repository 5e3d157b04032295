using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CommonGrams;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Stems with Lucene's light French stemmer so that accents neither help nor hurt. Its
/// feminine rules read accents ("conseillère" → "conseil", like "conseiller"), so the word is
/// stemmed as written and then folded; practitioners also type without accents, so the folded
/// word is stemmed too, and when the two stems differ the second is stacked at the same
/// position (type <see cref="VariantType"/>). Keywords (protected acronyms) and word pairs of
/// <see cref="CommonGramsFilter"/> are only folded.
/// </summary>
/// <remarks>
/// Measured on the Snowball vocabulary (docs/decisions/012): stemming only the folded word
/// loses "-ier/-ière" and "-er/-ère" pairs, stemming only the written word loses 2.3% of accented
/// words when typed without accents; two stems differ for 0.7% of words.
/// </remarks>
internal sealed class AccentTolerantStemFilter : TokenFilter
{
    /// <summary>Token type of the stem of the unaccented spelling, when it differs.</summary>
    public const string VariantType = "variant";

    private readonly FrenchLightStemmer stemmer = new();
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly IPositionIncrementAttribute increment;
    private readonly ITypeAttribute type;
    private char[] written = new char[64];
    private char[] folded = new char[256];
    private char[] scratch = new char[256];
    private int variantLength = -1;
    private State? variantOf;

    public AccentTolerantStemFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (variantOf is not null)
        {
            RestoreState(variantOf);
            variantOf = null;
            term.CopyBuffer(folded, 0, variantLength);
            increment.PositionIncrement = 0;
            type.Type = VariantType;
            return true;
        }
        if (!m_input.IncrementToken()) return false;

        var length = term.Length;
        if (keyword.IsKeyword || type.Type == CommonGramsFilter.GRAM_TYPE)
        {
            SetFolded(term.Buffer, length);
            return true;
        }

        // The unaccented spelling's stem, kept aside in `folded`.
        EnsureRoom(length);
        variantLength = stemmer.Stem(folded, ASCIIFoldingFilter.FoldToASCII(term.Buffer, 0, folded, 0, length));

        // The written spelling's stem, folded afterwards.
        Array.Copy(term.Buffer, written, length);
        SetFolded(written, stemmer.Stem(written, length));

        if (!term.Buffer.AsSpan(0, term.Length).SequenceEqual(folded.AsSpan(0, variantLength)))
            variantOf = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        variantOf = null;
    }

    // Folding may turn one char into up to four (Lucene's contract for its output buffer).
    private void SetFolded(char[] source, int length)
    {
        EnsureRoom(length);
        term.CopyBuffer(scratch, 0, ASCIIFoldingFilter.FoldToASCII(source, 0, scratch, 0, length));
    }

    private void EnsureRoom(int length)
    {
        if (written.Length < length) written = new char[length * 2];
        if (folded.Length < length * 4) folded = new char[length * 8];
        if (scratch.Length < length * 4) scratch = new char[length * 8];
    }
}
