using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Core.Mail;

/// <summary>
/// Puts mail in the outbox. <see cref="Add"/> joins the caller's unit of work: the message is
/// saved by the caller's <c>SaveChanges</c>, in the same transaction as what it tells about, so
/// nobody is mailed about something that did not happen and nothing that happened goes
/// unmailed. The mail worker delivers it afterwards, with retries.
/// </summary>
public sealed class MailOutbox(KnowledgeBaseDbContext db, OutboxSignal signal, TimeProvider clock)
{
    private bool listening;

    /// <summary>Adds <paramref name="message"/> to the caller's unit of work (saved with it).</summary>
    public void Add(EmailMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutgoingMails.Add(new OutgoingMail
        {
            To = message.To.Trim(),
            Subject = MailText.Subject(message.Subject),
            Body = TextHygiene.Clean(message.Body),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        if (listening) return;
        // Wake the worker once the message is committed, not before.
        db.SavedChanges += (_, _) => signal.Ping();
        listening = true;
    }

    /// <summary>Adds <paramref name="message"/> and saves at once: for mail that is itself the whole change (a reset link).</summary>
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Add(message);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The outbox for the admins' page, newest first, with counts per state.</summary>
    public async Task<OutboxPage> PageAsync(MailState? state, int page, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        var counts = await db.OutgoingMails.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = db.OutgoingMails.AsNoTracking();
        if (state is { } only) query = query.Where(m => m.State == only);
        var total = state is { } s ? counts.GetValueOrDefault(s) : counts.Values.Sum();
        var number = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await query.OrderByDescending(m => m.Id).Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new OutboxPage(items, counts, number, Math.Max(1, (total + pageSize - 1) / pageSize));
    }

    /// <summary>Puts a failed message back in the queue, for one more series of attempts.</summary>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.OutgoingMails.Where(m => m.Id == id && m.State == MailState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MailState.Pending).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
        if (changed > 0) signal.Ping();
        return changed > 0;
    }
}

/// <summary>One page of the outbox and the number of messages in each state.</summary>
public sealed record OutboxPage(IReadOnlyList<OutgoingMail> Items, IReadOnlyDictionary<MailState, int> Counts, int Number, int PageCount);
