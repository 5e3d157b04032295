using System.Text;
using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Core.Mail;

/// <summary>
/// Text that reaches mail headers. A subject is one line: a title typed with a line break, a
/// tab or a control character must never become a second header (nor stop the mail library).
/// </summary>
public static class MailText
{
    /// <summary>One line: line breaks and tabs become spaces, other control characters go, spaces are collapsed.</summary>
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var cleaned = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in TextHygiene.Clean(text))
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space)
            {
                if (!lastWasSpace && cleaned.Length > 0) cleaned.Append(' ');
                lastWasSpace = true;
                continue;
            }
            cleaned.Append(c);
            lastWasSpace = false;
        }
        return cleaned.ToString().TrimEnd();
    }

    /// <summary>A subject fit for a header: one line, at most <see cref="OutgoingMail.SubjectMaxLength"/> characters.</summary>
    public static string Subject(string? text)
    {
        var line = SingleLine(text);
        if (line.Length == 0) return "KnowledgeBase";
        return line.Length <= 200 ? line : line[..199] + "…";
    }
}
