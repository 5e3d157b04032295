using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Mail;
using KnowledgeBase.Core.Notifications;

namespace KnowledgeBase.Core.Workflow;

/// <summary>
/// Tells the people a transition concerns: the author when someone else moves their write-up,
/// the editors when something is submitted. In-app notifications and emails (through the
/// outbox) are saved with the transition, in the same transaction.
/// </summary>
public sealed class WorkflowNotifier(KnowledgeBaseDbContext db, MailOutbox mail, ISiteLinks links, TimeProvider clock)
{
    public void Queue(Initiative initiative, WorkflowRules.Transition transition, Actor actor, string? message)
    {
        var title = initiative.CurrentRevision?.Content.Title is { Length: > 0 } t ? t : initiative.Slug;
        var text = $"« {title} » : {WorkflowTexts.Describe(transition.Action)}"
                   + (string.IsNullOrWhiteSpace(message) ? "" : $" Message : {message.Trim()}");
        var recipients = new HashSet<string>();
        if (initiative.OwnerId is { } owner && owner != actor.MemberId) recipients.Add(owner);
        if (transition.To == WorkflowState.Submitted)
            foreach (var editor in MembersInRole(Roles.Editor)) if (editor != actor.MemberId) recipients.Add(editor);

        var now = clock.GetUtcNow().UtcDateTime;
        var url = $"/gestion/fiches/{initiative.Id}";
        foreach (var memberId in recipients)
        {
            db.Notifications.Add(new Notification { MemberId = memberId, InitiativeId = initiative.Id, Text = text, Url = url, CreatedAt = now });
            if (db.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefault() is { } email)
                mail.Add(new EmailMessage(email, $"KnowledgeBase – {title}", $"{text}\n\nVoir la fiche : {links.Absolute(url)}\n"));
        }
    }

    private List<string> MembersInRole(string role) =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == role
         select userRole.UserId).ToList();
}
