namespace KnowledgeBase.Core.Notifications;

/// <summary>A member's in-app notifications.</summary>
public sealed class NotificationInbox(KnowledgeBaseDbContext db, TimeProvider clock)
{
    public int UnreadCount(string memberId) => db.Notifications.Count(n => n.MemberId == memberId && n.ReadAt == null);

    public IReadOnlyList<Notification> Latest(string memberId, int count = 100) =>
        db.Notifications.AsNoTracking().Where(n => n.MemberId == memberId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(count).ToList();

    /// <summary>Marks all of the member's notifications read (only theirs, whatever ids are posted).</summary>
    public void MarkAllRead(string memberId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var n in db.Notifications.Where(n => n.MemberId == memberId && n.ReadAt == null)) n.ReadAt = now;
        db.SaveChanges();
    }
}
