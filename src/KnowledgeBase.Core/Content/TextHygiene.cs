using System.Text;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// What typed text may hold before it is stored: no NUL nor other control characters (they
/// break databases, mail headers and file names), no bidirectional embedding, override or
/// isolate characters (they make "gpj.exe" read "exe.jpg"), no lone surrogates (not text at all).
/// Line breaks become "\n"; tabs stay. Applied to every posted value and to imported files.
/// </summary>
public static class TextHygiene
{
    /// <summary>The cleaned text; the same instance when there was nothing to clean.</summary>
    public static string Clean(string text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsCleaning(text)) return text;
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                cleaned.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[++i]);
            }
            else if (!IsRemoved(c))
            {
                cleaned.Append(c);
            }
        }
        return cleaned.ToString();
    }

    /// <summary>Null stays null; anything else is <see cref="Clean(string)"/>ed.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>True when the text holds a line break (refused in titles and other one-line fields).</summary>
    public static bool HasLineBreak(string? text) => text is not null && text.AsSpan().IndexOfAny("\n\r\u2028\u2029") >= 0;

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c == '\r' || IsRemoved(c) || char.IsSurrogate(c)) return true;
        return false;
    }

    private static bool IsRemoved(char c) =>
        c < ' ' && c is not '\n' and not '\t'
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\uFFFE' or '\uFFFF'
        || char.IsSurrogate(c);
}
