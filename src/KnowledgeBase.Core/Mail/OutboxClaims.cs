namespace KnowledgeBase.Core.Mail;

/// <summary>
/// Which node delivers which message: the only place that decides it. A claim is one
/// conditional UPDATE that leases due messages (<see cref="OutgoingMail.LockedUntil"/>) under a
/// new token; a message leased by another node no longer matches its WHERE, so several nodes on
/// one database (SQLite, PostgreSQL, SQL Server alike) never take the same message at once.
/// Delivery results are written under the same token: a node whose lease ran out cannot
/// overwrite the result of the node that took the message over.
/// </summary>
public static class OutboxClaims
{
    /// <summary>Leases up to <paramref name="batchSize"/> due messages and returns them, oldest first.</summary>
    public static async Task<IReadOnlyList<OutgoingMail>> ClaimDueAsync(KnowledgeBaseDbContext db, DateTime now, TimeSpan lease, int batchSize,
        CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var until = now + lease;
        var due = db.OutgoingMails
            .Where(m => m.State == MailState.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil <= now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(Math.Max(1, batchSize));
        // The conditions are repeated outside the sub-query: a row leased by another node
        // between the two is re-checked (PostgreSQL re-reads it after waiting for its lock).
        var claimed = await db.OutgoingMails
            .Where(m => due.Contains(m.Id) && m.State == MailState.Pending && (m.LockedUntil == null || m.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until).SetProperty(m => m.ClaimToken, token), cancellationToken);
        if (claimed == 0) return [];
        return await db.OutgoingMails.AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Records a delivery; false when the lease was lost to another node meanwhile.</summary>
    public static async Task<bool> MarkSentAsync(KnowledgeBaseDbContext db, OutgoingMail mail, DateTime now, CancellationToken cancellationToken) =>
        await db.OutgoingMails.Where(m => m.Id == mail.Id && m.ClaimToken == mail.ClaimToken)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MailState.Sent).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken) > 0;

    /// <summary>
    /// Records a failed attempt: the message waits <see cref="OutboxOptions.RetryDelay"/>, or is
    /// marked failed when <paramref name="permanent"/> or out of attempts.
    /// </summary>
    public static async Task MarkFailedAsync(KnowledgeBaseDbContext db, OutgoingMail mail, string error, bool permanent, OutboxOptions options,
        DateTime now, CancellationToken cancellationToken)
    {
        var attempts = mail.Attempts + 1;
        var givenUp = permanent || attempts >= Math.Max(1, options.MaxAttempts);
        var message = error.Length <= OutgoingMail.ErrorMaxLength ? error : error[..OutgoingMail.ErrorMaxLength];
        await db.OutgoingMails.Where(m => m.Id == mail.Id && m.ClaimToken == mail.ClaimToken)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, givenUp ? MailState.Failed : MailState.Pending)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, message)
                .SetProperty(m => m.NextAttemptAt, now + options.RetryDelay(attempts))
                .SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
    }
}
