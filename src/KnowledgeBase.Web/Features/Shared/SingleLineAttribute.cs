using System.ComponentModel.DataAnnotations;
using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// A one-line field (a title, a name, an address): a line break is refused with a French
/// message rather than stored, where it would later reach a mail subject or a file name.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SingleLineAttribute : ValidationAttribute
{
    // Set as ErrorMessage (not through the base constructor) so that it is the localizer's key.
    public SingleLineAttribute() => ErrorMessage = "Ce champ tient sur une seule ligne : retirez les retours à la ligne.";

    public override bool IsValid(object? value) => value switch
    {
        string text => !TextHygiene.HasLineBreak(text),
        IEnumerable<string?> texts => texts.All(t => !TextHygiene.HasLineBreak(t)),
        _ => true,
    };
}
