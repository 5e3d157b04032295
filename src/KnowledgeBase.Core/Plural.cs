using System.Globalization;

namespace KnowledgeBase.Core;

/// <summary>
/// Counted things said properly ("aucune fiche", "1 fiche", "4 fiches"): a phrase is its three
/// forms, for none, one and more, separated by "|". The web's pages give the forms of the
/// visitor's language (<c>Web.Features.Shared.Plural</c>, from the resources); the reports of
/// the command line and the background tasks, in French, give them here directly.
/// </summary>
public static class Plural
{
    public const char Separator = '|';

    /// <summary>The form for <paramref name="count"/>, formatted with the count (or with <paramref name="args"/> when given).</summary>
    public static string Of(string forms, int count, params object?[] args)
    {
        var parts = forms.Split(Separator);
        if (parts.Length != 3) throw new FormatException($"Trois formes séparées par « {Separator} » attendues : {forms}");
        var form = count switch { 0 => parts[0], 1 => parts[1], _ => parts[2] };
        return string.Format(CultureInfo.CurrentCulture, form, args.Length > 0 ? args : [count]);
    }
}
