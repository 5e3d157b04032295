namespace KnowledgeBase.Core.Accounts;

/// <summary>The server-side sessions of members (see <see cref="MemberSession"/>).</summary>
public sealed class MemberSessions(KnowledgeBaseDbContext db)
{
    /// <summary>
    /// Ends every session of the member at once: after a password change or reset, or a change
    /// of roles. The session making the change is re-issued by its caller right after.
    /// </summary>
    public Task<int> EndAllAsync(string memberId, CancellationToken cancellationToken = default) =>
        db.MemberSessions.Where(s => s.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>How many sessions the member has open (for the account page and the tests).</summary>
    public Task<int> CountAsync(string memberId, DateTime now, CancellationToken cancellationToken = default) =>
        db.MemberSessions.CountAsync(s => s.MemberId == memberId && s.ExpiresAt > now, cancellationToken);
}
