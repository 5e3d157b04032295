using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Insights;

/// <summary>How a visitor's query is written in the daily aggregates.</summary>
public static partial class QueryText
{
    /// <summary>
    /// Composed Unicode, lower case, control characters dropped, spaces collapsed, at most
    /// <see cref="SearchQueryDay.QueryMaxLength"/> characters (cut at a word). Null when there is
    /// nothing to record, or when the text looks like someone's contact (an email address, a
    /// phone number, a long number): a visitor pasting their own details into the search box
    /// must not end up in the aggregates.
    /// </summary>
    public static string? Normalise(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        var text = new StringBuilder(query.Length);
        foreach (var c in query.Normalize(NormalizationForm.FormC))
            text.Append(char.IsControl(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? ' ' : char.ToLower(c, French));
        var normalised = Spaces().Replace(text.ToString(), " ").Trim();
        if (normalised.Length == 0 || LooksPersonal().IsMatch(normalised)) return null;
        if (normalised.Length > SearchQueryDay.QueryMaxLength)
        {
            var cut = normalised[..SearchQueryDay.QueryMaxLength];
            var space = cut.LastIndexOf(' ');
            normalised = (space > SearchQueryDay.QueryMaxLength / 2 ? cut[..space] : cut).TrimEnd();
        }
        return normalised;
    }

    private static readonly CultureInfo French = new("fr-FR");

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    // An address (x@y), or six digits or more, possibly separated (phone numbers, social security, card numbers).
    [GeneratedRegex(@"\S@\S|\d(?:[\s.\-/]?\d){5,}")]
    private static partial Regex LooksPersonal();
}
