using System.Globalization;
using System.Text;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// French analysis chain (provisional: tokenise, lower-case, fold accents).
/// Elisions, stop words and the Snowball stemmer are added in this folder.
/// </summary>
public sealed class FrenchAnalyzer : ITextAnalyzer
{
    public string Version => "fr-0";

    public IReadOnlyList<Token> Analyze(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text.Substring(start, i - start).ToLowerInvariant();
            tokens.Add(new Token(Fold(word), start, i - start, position++));
        }
        return tokens;
    }

    internal static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
