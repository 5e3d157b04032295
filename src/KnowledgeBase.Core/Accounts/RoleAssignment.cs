using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

/// <summary>What happened when an administrator set a member's roles.</summary>
public enum RoleAssignmentOutcome
{
    Done,
    UnknownMember,
    CannotRemoveOwnAdmin,
}

/// <summary>Sets a member's roles on behalf of an administrator.</summary>
public sealed class RoleAssignment(UserManager<Member> users, MemberSessions sessions)
{
    /// <summary>
    /// Gives <paramref name="memberId"/> exactly the known roles in <paramref name="roles"/>
    /// (unknown names are ignored). An administrator cannot remove their own Admin role, so
    /// that the site always keeps the administrator who is acting.
    /// </summary>
    public async Task<RoleAssignmentOutcome> SetRolesAsync(string actingMemberId, string memberId, IEnumerable<string> roles)
    {
        var member = await users.FindByIdAsync(memberId);
        if (member is null) return RoleAssignmentOutcome.UnknownMember;

        var wanted = Roles.All.Intersect(roles, StringComparer.Ordinal).ToHashSet();
        if (member.Id == actingMemberId && !wanted.Contains(Roles.Admin)) return RoleAssignmentOutcome.CannotRemoveOwnAdmin;

        var current = (await users.GetRolesAsync(member)).ToHashSet();
        var toRemove = current.Except(wanted).ToList();
        var toAdd = wanted.Except(current).ToList();
        if (toRemove.Count == 0 && toAdd.Count == 0) return RoleAssignmentOutcome.Done;

        if (toRemove.Count > 0) Check(await users.RemoveFromRolesAsync(member, toRemove));
        if (toAdd.Count > 0) Check(await users.AddToRolesAsync(member, toAdd));
        // The member's sessions end at once: the new roles apply from their next sign-in. (An
        // administrator changing their own roles gets their session re-issued by the caller.)
        Check(await users.UpdateSecurityStampAsync(member));
        await sessions.EndAllAsync(member.Id);
        return RoleAssignmentOutcome.Done;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
