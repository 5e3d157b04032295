using System.Globalization;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// Reminds reviewers of waiting invitations: <see cref="ReviewOptions.ReminderDaysBefore"/> days
/// before the due date, and once it has passed; in the app and by email. Each reminder is
/// recorded under a unique index in the same save as its notification, so it never goes twice,
/// even when two nodes run the job at the same moment.
/// </summary>
public sealed class ReminderDispatch(KnowledgeBaseDbContext db, ReviewNotifier notifier, TimeProvider clock, IOptions<ReviewOptions> options)
{
    /// <summary>Sends the reminders due now; returns how many were sent.</summary>
    public int SendDue()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var horizon = today.AddDays(Math.Max(0, options.Value.ReminderDaysBefore));
        var candidates = db.ReviewAssignments.AsNoTracking()
            .Where(a => (a.State == AssignmentState.Invited || a.State == AssignmentState.Accepted)
                        && a.Round!.ClosedAt == null && a.DueDate <= horizon)
            .Select(a => new { a.Id, a.ReviewerId, a.InitiativeId, a.DueDate, a.InvitedAt, a.Round!.RevisionId })
            .ToList();
        var sent = 0;
        foreach (var a in candidates)
        {
            var kind = today > a.DueDate ? ReminderKind.Overdue : ReminderKind.BeforeDue;
            // Invited already inside the window: the invitation itself said when it is due.
            if (kind == ReminderKind.BeforeDue && DateOnly.FromDateTime(a.InvitedAt) >= a.DueDate.AddDays(-options.Value.ReminderDaysBefore)) continue;
            if (db.ReviewReminders.Any(r => r.AssignmentId == a.Id && r.Kind == kind && r.DueDate == a.DueDate)) continue;

            var title = db.Revisions.AsNoTracking().Where(r => r.Id == a.RevisionId).Select(r => r.Content).Single().Title;
            var due = a.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var url = $"/evaluations/{a.Id}";
            var text = kind == ReminderKind.Overdue
                ? $"Rappel : l'évaluation de « {title} » était attendue le {due}."
                : $"Rappel : l'évaluation de « {title} » est attendue le {due}.";
            db.ReviewReminders.Add(new ReviewReminder { AssignmentId = a.Id, Kind = kind, DueDate = a.DueDate, SentAt = now });
            notifier.Queue(a.ReviewerId, null, text, url, $"KnowledgeBase – {text}",
                $"Bonjour,\n\n{text}\n\nVotre évaluation : {notifier.Link(url)}\n\nSi vous ne pouvez pas la remettre, déclinez l'invitation depuis cette page : l'équipe éditoriale sollicitera quelqu'un d'autre.\n");
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another node sent this very reminder a moment ago.
                db.ChangeTracker.Clear();
                continue;
            }
            sent++;
        }
        return sent;
    }
}
