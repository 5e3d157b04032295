using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Mail;
using KnowledgeBase.Core.Notifications;

namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// In-app notifications and emails about peer evaluation. Notifications are added to the
/// caller's unit of work and saved with it, and so are emails (through the outbox): nobody is
/// mailed about something that did not happen, and nothing that happened goes unmailed.
/// </summary>
public sealed class ReviewNotifier(KnowledgeBaseDbContext db, MailOutbox mail, ISiteLinks links, TimeProvider clock)
{
    /// <summary>Notifies one member in the app and, if <paramref name="mailBody"/> is given, by email.</summary>
    public void Queue(string memberId, long? initiativeId, string text, string url, string? mailSubject = null, string? mailBody = null)
    {
        db.Notifications.Add(new Notification
        {
            MemberId = memberId, InitiativeId = initiativeId, Text = Shorten(text), Url = url, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        if (mailBody is null) return;
        if (db.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefault() is { Length: > 0 } email)
            mail.Add(new EmailMessage(email, mailSubject ?? "KnowledgeBase", mailBody));
    }

    /// <summary>The members holding the Editor role.</summary>
    public IReadOnlyList<string> Editors() =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == Roles.Editor
         select userRole.UserId).ToList();

    /// <summary>The absolute address of a page of the site, for emails.</summary>
    public string Link(string path) => links.Absolute(path);

    private static string Shorten(string text) => text.Length <= 1000 ? text : text[..999] + "…";
}
