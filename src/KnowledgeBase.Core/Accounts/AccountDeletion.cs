using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

public enum AccountDeletionOutcome
{
    Deleted,
    WrongPassword,
    /// <summary>The only administrator cannot leave: the site would have none.</summary>
    LastAdministrator,
}

/// <summary>
/// Deletes a member's account while keeping what they wrote: write-ups whose revisions they
/// saved stay, credited to their organisation, and the revisions no longer point to them.
/// </summary>
public sealed class AccountDeletion(KnowledgeBaseDbContext db, UserManager<Member> users)
{
    /// <summary>
    /// Checks <paramref name="password"/>, then credits the member's write-ups to their
    /// organisation, detaches their revisions and removes the account (with its roles, claims
    /// and tokens), in one transaction.
    /// </summary>
    public async Task<AccountDeletionOutcome> DeleteAsync(Member member, string password, CancellationToken cancellationToken = default)
    {
        if (!await users.CheckPasswordAsync(member, password)) return AccountDeletionOutcome.WrongPassword;
        if (await users.IsInRoleAsync(member, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
            return AccountDeletionOutcome.LastAdministrator;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var authored = db.Revisions.Where(r => r.SavedById == member.Id).Select(r => r.InitiativeId);
        var initiatives = await db.Initiatives.Where(i => authored.Contains(i.Id) || i.OwnerId == member.Id).ToListAsync(cancellationToken);
        foreach (var initiative in initiatives)
        {
            // A write-up already credited (a co-author left before) keeps its first credit.
            initiative.CreditedOrganisation ??= member.Organisation;
            if (initiative.OwnerId == member.Id) initiative.OwnerId = null;
            initiative.Version = Guid.NewGuid();
        }
        await db.SaveChangesAsync(cancellationToken);
        await db.Notifications.Where(n => n.MemberId == member.Id).ExecuteDeleteAsync(cancellationToken);

        await db.Revisions.Where(r => r.SavedById == member.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SavedById, (string?)null), cancellationToken);

        var deleted = await users.DeleteAsync(member);
        if (!deleted.Succeeded)
            throw new InvalidOperationException(string.Join(" ", deleted.Errors.Select(e => e.Description)));
        await transaction.CommitAsync(cancellationToken);
        return AccountDeletionOutcome.Deleted;
    }
}
