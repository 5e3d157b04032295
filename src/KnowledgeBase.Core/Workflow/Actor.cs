using System.Security.Claims;
using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Core.Workflow;

/// <summary>The person acting: their account id and whether they hold the Editor (or Admin) role.</summary>
public sealed record Actor(string MemberId, bool IsEditor)
{
    public static Actor? From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? null : new Actor(id, user.IsInRole(Roles.Editor) || user.IsInRole(Roles.Admin));
    }
}
