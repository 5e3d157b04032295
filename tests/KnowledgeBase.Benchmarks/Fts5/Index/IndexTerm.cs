using System.Text;
using KnowledgeBase.Benchmarks.Fts5.Analysis;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Analyzed terms as stored in the FTS5 table. The table uses FTS5's "ascii" tokenizer on text
/// that is already analyzed, so a term must survive it as exactly one token: ASCII letters and
/// digits and any non-ASCII character are token characters; other ASCII characters are moved
/// to the Control Pictures block (U+2400) so that they stay inside the term.
/// </summary>
internal static class IndexTerm
{
    public static string Encode(string term)
    {
        if (!NeedsEscape(term)) return term;
        var sb = new StringBuilder(term.Length);
        foreach (var c in term)
            sb.Append(c < 0x80 && !char.IsAsciiLetterOrDigit(c) ? (char)(0x2400 + c) : char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Space-separated encoded terms: the text given to FTS5 for one column.</summary>
    public static string Join(IReadOnlyList<Token> tokens)
    {
        var sb = new StringBuilder(tokens.Count * 8);
        foreach (var token in tokens)
        {
            if (token.Term.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(Encode(token.Term));
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(string term)
    {
        foreach (var c in term)
            if (c < 0x80 && !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))) return true;
        return false;
    }
}
