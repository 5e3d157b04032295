using System.Text;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Texts in Unicode's composed form (NFC) before analysis: "é" typed as "e" + combining accent
/// (as some keyboards and PDFs give it) then analyzes like "é". Lucene.Net's normalizer filter
/// lives in its ICU package, which the rest of the chain does not need.
/// </summary>
internal static class Composition
{
    public static string Composed(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // lone surrogates: left as they are, the tokenizer skips them
        }
    }
}
