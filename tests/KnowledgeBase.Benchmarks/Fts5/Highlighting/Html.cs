using System.Text;

namespace KnowledgeBase.Benchmarks.Fts5.Highlighting;

/// <summary>Minimal HTML text escaping, so excerpts are safe to insert as markup.</summary>
internal static class Html
{
    public static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(char.IsControl(c) ? ' ' : c); break;
            }
        }
    }

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        AppendEscaped(sb, text);
        return sb.ToString();
    }
}
