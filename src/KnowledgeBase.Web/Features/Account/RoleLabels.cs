using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>What the pages call each role.</summary>
public static class RoleLabels
{
    public static string Of(string role, IStringLocalizer T) => role switch
    {
        Roles.Member => T["Membre"],
        Roles.Reviewer => T["Évaluateur"],
        Roles.Editor => T["Éditeur"],
        Roles.Admin => T["Administrateur"],
        _ => role,
    };
}
