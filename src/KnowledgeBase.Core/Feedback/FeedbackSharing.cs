using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Feedback;

/// <summary>
/// Practitioners' feedback on published write-ups: posting (a member's first feedback waits
/// for moderation), reporting (hidden after <see cref="FeedbackOptions.HideAfterReports"/>
/// reports until an editor decides) and what a write-up's page shows.
/// </summary>
public sealed class FeedbackSharing(KnowledgeBaseDbContext db, CatalogCache catalogs, ReviewNotifier notifier, TimeProvider clock,
    IOptions<FeedbackOptions> options)
{
    /// <summary>Posts a feedback on a public write-up; the outcome's state says whether it is visible or waits for moderation.</summary>
    public FeedbackOutcome Post(long initiativeId, FeedbackInput input, Actor actor)
    {
        var initiative = db.Initiatives.AsNoTracking().Include(i => i.PublishedRevision).SingleOrDefault(i => i.Id == initiativeId);
        if (initiative is null || !initiative.IsPublic) return FeedbackOutcome.Of(OutcomeKind.NotFound);
        var problems = Validate(input);
        if (problems.Count > 0) return new(OutcomeKind.Invalid, problems);

        var trusted = actor.IsEditor || db.Feedback.Any(f => f.AuthorId == actor.MemberId && f.State == FeedbackState.Visible);
        var reproduced = input.Kind == FeedbackKind.Reproduced;
        var feedback = new PractitionerFeedback
        {
            InitiativeId = initiativeId, AuthorId = actor.MemberId, Kind = input.Kind!.Value, Text = input.Text!.Trim(),
            DepartementCode = reproduced ? input.DepartementCode : null,
            Commune = reproduced && !string.IsNullOrWhiteSpace(input.Commune) ? input.Commune.Trim() : null,
            Outcome = reproduced ? input.Outcome : null,
            State = trusted ? FeedbackState.Visible : FeedbackState.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Feedback.Add(feedback);
        // Visible at once on the write-up's public page: every node's cached copy must go.
        if (trusted) db.IndexTasks.Add(new IndexTask { InitiativeId = initiativeId, CreatedAt = feedback.CreatedAt });
        if (trusted && initiative.OwnerId is { } owner && owner != actor.MemberId)
            notifier.Queue(owner, initiativeId, $"Nouveau retour d'expérience sur « {initiative.PublishedRevision!.Content.Title} ».",
                $"/initiatives/{initiative.Slug}#retours");
        if (trusted) FeedbackNotices.QueueFollowers(db, notifier, initiative, actor.MemberId);
        db.SaveChanges();
        return FeedbackOutcome.Done(feedback.State);
    }

    /// <summary>
    /// Reports a visible feedback (once per member). Reported by enough members since the last
    /// editor decision, it is hidden until an editor decides.
    /// </summary>
    public FeedbackOutcome Report(long initiativeId, long feedbackId, string? reason, Actor actor)
    {
        var feedback = db.Feedback.SingleOrDefault(f => f.Id == feedbackId && f.InitiativeId == initiativeId);
        if (feedback is null || !db.Initiatives.Where(Initiative.Public).Any(i => i.Id == feedback.InitiativeId))
            return FeedbackOutcome.Of(OutcomeKind.NotFound);
        // Feedback that is not visible exists only for its author and the editors.
        if (feedback.State != FeedbackState.Visible && feedback.AuthorId != actor.MemberId && !actor.IsEditor)
            return FeedbackOutcome.Of(OutcomeKind.NotFound);
        if (feedback.AuthorId == actor.MemberId) return FeedbackOutcome.NotAllowed("Vous ne pouvez pas signaler votre propre retour.");
        if (feedback.State != FeedbackState.Visible) return FeedbackOutcome.Done(feedback.State);
        if (reason?.Trim().Length > FeedbackReport.ReasonMaxLength)
            return new(OutcomeKind.Invalid, [new("Reason", $"La raison compte au plus {FeedbackReport.ReasonMaxLength} caractères.")]);
        if (db.FeedbackReports.Any(r => r.FeedbackId == feedbackId && r.ReporterId == actor.MemberId))
            return new(OutcomeKind.Done, [], feedback.State);

        var now = clock.GetUtcNow().UtcDateTime;
        db.FeedbackReports.Add(new FeedbackReport
        {
            FeedbackId = feedbackId, ReporterId = actor.MemberId, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), CreatedAt = now,
        });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // The same member reporting twice at once: once is enough.
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Done, [], FeedbackState.Visible);
        }
        var since = feedback.ModeratedAt ?? DateTime.MinValue;
        var reports = db.FeedbackReports.Count(r => r.FeedbackId == feedbackId && r.CreatedAt > since);
        if (reports >= Math.Max(1, options.Value.HideAfterReports) && feedback.State == FeedbackState.Visible)
        {
            feedback.State = FeedbackState.HiddenByReports;
            db.IndexTasks.Add(new IndexTask { InitiativeId = feedback.InitiativeId, CreatedAt = clock.GetUtcNow().UtcDateTime });
            db.SaveChanges();
        }
        return FeedbackOutcome.Done(feedback.State);
    }

    /// <summary>
    /// What a write-up's page shows: visible feedback, the viewer's own feedback still waiting
    /// or hidden, what the viewer already reported, and how many territories reproduced it.
    /// </summary>
    public FeedbackThread Thread(long initiativeId, Actor? actor)
    {
        var viewer = actor?.MemberId;
        var rows = db.Feedback.AsNoTracking()
            .Where(f => f.InitiativeId == initiativeId && (f.State == FeedbackState.Visible || viewer != null && f.AuthorId == viewer))
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).ToList();
        var authorIds = rows.Select(f => f.AuthorId).OfType<string>().Distinct().ToList();
        var authors = db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id))
            .ToDictionary(u => u.Id, u => (u.DisplayName, u.Organisation));
        var reported = viewer is null ? [] : db.FeedbackReports
            .Where(r => r.ReporterId == viewer && r.Feedback!.InitiativeId == initiativeId).Select(r => r.FeedbackId).ToHashSet();
        var catalog = catalogs.Get(db);
        var items = rows.Select(f =>
        {
            var (name, organisation) = f.AuthorId is { } id && authors.TryGetValue(id, out var a) ? a : ("(compte supprimé)", null);
            return new FeedbackItem(f, name, organisation, catalog.Departement(f.DepartementCode)?.Name, f.AuthorId == viewer && viewer != null,
                reported.Contains(f.Id));
        }).ToList();
        return new FeedbackThread(items, ReproducedTerritories(initiativeId));
    }

    /// <summary>Distinct territories (département and commune) of visible "we reproduced it" feedback.</summary>
    public int ReproducedTerritories(long initiativeId) =>
        db.Feedback.AsNoTracking()
            .Where(f => f.InitiativeId == initiativeId && f.State == FeedbackState.Visible && f.Kind == FeedbackKind.Reproduced)
            .Select(f => new { f.DepartementCode, f.Commune }).AsEnumerable()
            .Select(f => (f.DepartementCode, ConflictOfInterest.NameKey(f.Commune)))
            .Distinct().Count();

    private List<FeedbackProblem> Validate(FeedbackInput input)
    {
        var problems = new List<FeedbackProblem>();
        if (input.Kind is null) problems.Add(new("Kind", "Choisissez le type de retour."));
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0) problems.Add(new("Text", "Écrivez votre retour."));
        else if (text.Length > PractitionerFeedback.TextMaxLength)
            problems.Add(new("Text", $"Le retour compte au plus {PractitionerFeedback.TextMaxLength} caractères ({text.Length} actuellement)."));
        if (input.Kind == FeedbackKind.Reproduced)
        {
            if (string.IsNullOrWhiteSpace(input.DepartementCode))
                problems.Add(new("DepartementCode", "Indiquez le département où vous l'avez reproduite."));
            else if (catalogs.Get(db).Departement(input.DepartementCode) is null)
                problems.Add(new("DepartementCode", "Ce département n'existe pas."));
            if (input.Commune?.Trim().Length > PractitionerFeedback.CommuneMaxLength)
                problems.Add(new("Commune", $"La commune ou le territoire compte au plus {PractitionerFeedback.CommuneMaxLength} caractères."));
            else if (Content.TextHygiene.HasLineBreak(input.Commune?.Trim()))
                problems.Add(new("Commune", "La commune tient sur une seule ligne : retirez les retours à la ligne."));
            if (input.Outcome is null) problems.Add(new("Outcome", "Dites où en est la reproduction (en cours, réussie…)."));
        }
        return problems;
    }
}

/// <summary>What a member typed in the feedback form.</summary>
public sealed record FeedbackInput(FeedbackKind? Kind, string? Text, string? DepartementCode, string? Commune, ReproductionOutcome? Outcome);

public sealed record FeedbackThread(IReadOnlyList<FeedbackItem> Items, int ReproducedTerritories)
{
    public IEnumerable<FeedbackItem> Visible => Items.Where(i => i.Feedback.State == FeedbackState.Visible);
    public IEnumerable<FeedbackItem> OwnNotVisible => Items.Where(i => i.IsOwn && i.Feedback.State != FeedbackState.Visible);
}

/// <summary>A feedback with its author's public name and organisation.</summary>
public sealed record FeedbackItem(PractitionerFeedback Feedback, string AuthorName, string? Organisation, string? DepartementName,
    bool IsOwn, bool ReportedByViewer);
