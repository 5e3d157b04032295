using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// Counted things said properly in both languages ("aucune fiche", "1 fiche", "4 fiches";
/// "no write-ups", "1 write-up", "4 write-ups"). A phrase is one resource entry with its three
/// forms, for none, one and more, separated by "|": <c>Plural.Of(T["aucune fiche|{0} fiche|{0} fiches"], n)</c>.
/// Each language writes its own three forms, so one mechanism (<see cref="Core.Plural"/>) serves both.
/// </summary>
public static class Plural
{
    /// <summary>The form for <paramref name="count"/>, formatted with the count (or with <paramref name="args"/> when given).</summary>
    public static string Of(LocalizedString forms, int count, params object?[] args) => Core.Plural.Of(forms.Value, count, args);
}
