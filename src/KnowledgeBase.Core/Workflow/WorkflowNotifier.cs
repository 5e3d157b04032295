using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Mail;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Selections;

namespace KnowledgeBase.Core.Workflow;

/// <summary>
/// Tells the people a transition concerns: the author when someone else moves their write-up,
/// the editors when something is submitted, the members who keep a published write-up in
/// their selection when a new revision of it is published, the editors of the published
/// dossiers citing a write-up when it is archived (it leaves those dossiers). In-app
/// notifications and emails (through the outbox) are saved with the transition, in the same
/// transaction.
/// </summary>
public sealed class WorkflowNotifier(KnowledgeBaseDbContext db, MailOutbox mail, ISiteLinks links, TimeProvider clock)
{
    public void Queue(Initiative initiative, WorkflowRules.Rule transition, Actor actor, string? message)
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

        // Publishing over a published revision: what followers see has changed.
        if (transition.Action == WorkflowAction.Publish && initiative.PublishedRevisionId is not null)
            QueueFollowers(initiative, title, [actor.MemberId, .. recipients], now);
        if (transition.To == WorkflowState.Archived) QueueDossierEditors(initiative, title, now);
    }

    /// <summary>
    /// The write-up leaves the published dossiers citing it: each dossier's editors (those who
    /// saved its revisions and are editors still; all editors when none is) are told, with a
    /// link to the dossier's page, where the editor sees which write-up went.
    /// </summary>
    private void QueueDossierEditors(Initiative initiative, string title, DateTime now)
    {
        var dossiers = (from c in db.DossierCitations
                        join d in db.Dossiers.Where(Dossiers.Dossier.Public) on c.DossierId equals d.Id
                        where c.InitiativeId == initiative.Id
                        select new { d.Id, Title = d.Card!.Title }).ToList();
        if (dossiers.Count == 0) return;
        var editors = MembersInRole(Roles.Editor).Concat(MembersInRole(Roles.Admin)).ToHashSet();
        foreach (var dossier in dossiers)
        {
            var savers = db.DossierRevisions.Where(r => r.DossierId == dossier.Id && r.SavedById != null).Select(r => r.SavedById!).Distinct().ToList()
                .Where(editors.Contains).ToList();
            var recipients = savers.Count > 0 ? savers : MembersInRole(Roles.Editor);
            var url = $"/gestion/dossiers/{dossier.Id}";
            var text = $"« {title} », citée dans le dossier « {dossier.Title} », a été archivée : elle n'apparaît plus dans le dossier publié.";
            foreach (var memberId in recipients)
            {
                db.Notifications.Add(new Notification { MemberId = memberId, InitiativeId = initiative.Id, Text = text, Url = url, CreatedAt = now });
                if (db.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefault() is { } email)
                    mail.Add(new EmailMessage(email, $"KnowledgeBase – dossier « {dossier.Title} »", $"{text}\n\nVoir le dossier : {links.Absolute(url)}\n"));
            }
        }
    }

    private void QueueFollowers(Initiative initiative, string title, string?[] alreadyTold, DateTime now)
    {
        var url = $"/initiatives/{initiative.Slug}";
        var text = $"« {title} », une fiche de votre sélection, a été mise à jour.";
        foreach (var memberId in PersonalSelection.Followers(db, initiative.Id, alreadyTold))
        {
            db.Notifications.Add(new Notification { MemberId = memberId, InitiativeId = initiative.Id, Text = text, Url = url, CreatedAt = now });
            if (db.Users.Where(u => u.Id == memberId).Select(u => u.Email).SingleOrDefault() is { } email)
                mail.Add(new EmailMessage(email, $"KnowledgeBase – {title} mise à jour",
                    $"{text}\n\nLire la nouvelle version : {links.Absolute(url)}\n\nVous recevez ce message parce que cette fiche est dans votre sélection ({links.Absolute("/ma-selection")}).\n"));
        }
    }

    private List<string> MembersInRole(string role) =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == role
         select userRole.UserId).ToList();
}
