using System.Globalization;
using System.Text;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>Stable URL names: lower-case ASCII letters, digits and single hyphens.</summary>
public static class Slugs
{
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= ContentRules.SlugMaxLength
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--");

    /// <summary>"Sortir de la rue !" → "sortir-de-la-rue".</summary>
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) sb.Append(c);
            else if (c == 'œ') sb.Append("oe");
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
