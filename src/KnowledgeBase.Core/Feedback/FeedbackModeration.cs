using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Core.Feedback;

/// <summary>The editors' moderation queue: first feedback waiting, feedback hidden after reports, feedback reported.</summary>
public sealed class FeedbackModeration(KnowledgeBaseDbContext db, ReviewNotifier notifier, TimeProvider clock)
{
    /// <summary>Feedback needing a decision (waiting or hidden after reports), then visible feedback with recent reports.</summary>
    public IReadOnlyList<ModerationItem> Queue()
    {
        var rows = db.Feedback.AsNoTracking().Include(f => f.Reports)
            .Where(f => f.State == FeedbackState.Pending || f.State == FeedbackState.HiddenByReports
                        || f.State == FeedbackState.Visible && f.Reports.Any(r => f.ModeratedAt == null || r.CreatedAt > f.ModeratedAt))
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).Take(500).ToList();
        var authorIds = rows.Select(f => f.AuthorId).OfType<string>().Distinct().ToList();
        var authors = db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionary(u => u.Id, u => u.DisplayName);
        var initiativeIds = rows.Select(f => f.InitiativeId).Distinct().ToList();
        var initiatives = db.Initiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, i.Card }).ToList().ToDictionary(i => i.Id, i => (i.Slug, Title: i.Card?.Title ?? i.Slug));
        return rows.Select(f =>
        {
            var since = f.ModeratedAt ?? DateTime.MinValue;
            var reports = f.Reports.Where(r => r.CreatedAt > since).OrderBy(r => r.CreatedAt).ToList();
            var (slug, title) = initiatives.GetValueOrDefault(f.InitiativeId, ("", ""));
            return new ModerationItem(f, f.AuthorId is { } a ? authors.GetValueOrDefault(a, "(compte supprimé)") : "(compte supprimé)",
                slug, title, reports.Count, reports.Select(r => r.Reason).OfType<string>().ToList());
        })
        .OrderBy(i => i.Feedback.State == FeedbackState.Visible ? 1 : 0)
        .ToList();
    }

    /// <summary>Feedback waiting for an editor: first contributions and feedback hidden after reports.</summary>
    public int WaitingCount() =>
        db.Feedback.Count(f => f.State == FeedbackState.Pending || f.State == FeedbackState.HiddenByReports);

    /// <summary>
    /// Publishes (or restores) a feedback, or hides it. Reports made before the decision no
    /// longer count towards hiding it again.
    /// </summary>
    public FeedbackOutcome Decide(long feedbackId, bool publish, Actor actor)
    {
        if (!actor.IsEditor) return FeedbackOutcome.Of(OutcomeKind.Forbidden);
        var feedback = db.Feedback.SingleOrDefault(f => f.Id == feedbackId);
        if (feedback is null) return FeedbackOutcome.Of(OutcomeKind.NotFound);
        var wasPending = feedback.State == FeedbackState.Pending;
        feedback.State = publish ? FeedbackState.Visible : FeedbackState.Hidden;
        feedback.ModeratedAt = clock.GetUtcNow().UtcDateTime;
        feedback.ModeratedById = actor.MemberId;
        if (feedback.AuthorId is { } author && author != actor.MemberId)
        {
            var initiative = db.Initiatives.AsNoTracking().Where(i => i.Id == feedback.InitiativeId).Select(i => new { i.Slug, i.Card }).Single();
            var title = initiative.Card?.Title ?? initiative.Slug;
            if (publish && wasPending)
                notifier.Queue(author, feedback.InitiativeId, $"Votre retour d'expérience sur « {title} » est publié.", $"/initiatives/{initiative.Slug}#retours");
            else if (!publish)
                notifier.Queue(author, feedback.InitiativeId, $"Votre retour d'expérience sur « {title} » a été masqué par l'équipe éditoriale.", $"/initiatives/{initiative.Slug}#retours");
        }
        // The write-up's public page shows its feedback: every node's cached copy must go.
        db.IndexTasks.Add(new IndexTask { InitiativeId = feedback.InitiativeId, CreatedAt = feedback.ModeratedAt.Value });
        if (publish && wasPending
            && db.Initiatives.AsNoTracking().Include(i => i.PublishedRevision).SingleOrDefault(i => i.Id == feedback.InitiativeId) is { IsPublic: true } shown)
            FeedbackNotices.QueueFollowers(db, notifier, shown, feedback.AuthorId);
        db.SaveChanges();
        return FeedbackOutcome.Done(feedback.State);
    }
}

/// <summary>A feedback in the moderation queue, with its reports since the last decision.</summary>
public sealed record ModerationItem(PractitionerFeedback Feedback, string AuthorName, string InitiativeSlug, string InitiativeTitle,
    int ReportCount, IReadOnlyList<string> ReportReasons);
