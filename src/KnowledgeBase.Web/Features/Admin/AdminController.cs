using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Admin;

/// <summary>Administration: members and their roles.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class AdminController(MemberDirectory directory, RoleAssignment assignment, MemberSignIn signIn) : Controller
{
    [HttpGet("/admin/membres")]
    public async Task<IActionResult> Members([FromQuery] string? q, [FromQuery] int page = 1) =>
        View(new MembersViewModel(q?.Trim() ?? "", await directory.SearchAsync(q, page), signIn.MemberId(User) ?? ""));

    [HttpPost("/admin/membres/{id}/roles")]
    public async Task<IActionResult> SetRoles(string id, [FromForm] string[] roles, [FromForm] string? q, [FromForm] int page = 1)
    {
        var self = signIn.MemberId(User) ?? "";
        var outcome = await assignment.SetRolesAsync(self, id, roles);
        if (outcome == RoleAssignmentOutcome.UnknownMember) return NotFound();
        // Setting roles renews the member's security stamp: an administrator editing their own
        // roles gets a fresh session instead of being signed out at the next validation.
        if (id == self && await signIn.CurrentAsync(User) is { } me) await signIn.RefreshAsync(me);
        TempData.SetFlash(outcome == RoleAssignmentOutcome.CannotRemoveOwnAdmin
            ? "Vous ne pouvez pas retirer votre propre rôle d'administrateur."
            : "Rôles enregistrés.");
        return Redirect(MembersViewModel.Url(q, page));
    }
}
