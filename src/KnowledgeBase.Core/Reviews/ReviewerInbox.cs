using System.Globalization;

namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// The reviewer's side: their invitations, accepting (declaring no conflict of interest) or
/// declining with a reason, and writing the review (draft, then submit). A reviewer only ever
/// reaches their own assignments; others' reviews become visible, anonymised and without the
/// confidential notes, once their own is submitted.
/// </summary>
public sealed class ReviewerInbox(KnowledgeBaseDbContext db, EvaluationGridEditing grids, ReviewNotifier notifier, TimeProvider clock)
{
    public const int ReasonMaxLength = 1000;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The member's assignments, waiting ones first.</summary>
    public IReadOnlyList<InboxItem> Items(string reviewerId)
    {
        var rows = db.ReviewAssignments.AsNoTracking()
            .Where(a => a.ReviewerId == reviewerId)
            .Select(a => new
            {
                a.Id, a.State, a.DueDate, a.InvitedAt, Round = a.Round!.Number, a.Round.RevisionId,
                Draft = a.Review != null && a.Review.State == ReviewState.Draft,
            })
            .ToList();
        var revisionIds = rows.Select(r => r.RevisionId).Distinct().ToList();
        var titles = db.Revisions.AsNoTracking().Where(r => revisionIds.Contains(r.Id)).Select(r => new { r.Id, r.Content }).AsEnumerable()
            .ToDictionary(r => r.Id, r => r.Content.Title);
        return rows
            .Select(r => new InboxItem(r.Id, titles.GetValueOrDefault(r.RevisionId, ""), r.Round, r.State, r.DueDate, r.InvitedAt, r.Draft,
                r.State is AssignmentState.Invited or AssignmentState.Accepted && Today > r.DueDate))
            .OrderBy(i => i.State is AssignmentState.Invited or AssignmentState.Accepted ? 0 : 1)
            .ThenBy(i => i.DueDate).ThenByDescending(i => i.InvitedAt)
            .ToList();
    }

    /// <summary>One of the actor's own assignments, or null (unknown, or someone else's: answer 404).</summary>
    public AssignmentView? Open(long assignmentId, Actor actor)
    {
        var assignment = db.ReviewAssignments.AsNoTracking()
            .Include(a => a.Round).ThenInclude(r => r!.Revision)
            .Include(a => a.Review).ThenInclude(r => r!.Scores)
            .SingleOrDefault(a => a.Id == assignmentId && a.ReviewerId == actor.MemberId);
        if (assignment is null) return null;
        var round = assignment.Round!;
        var grid = assignment.Review is { } own ? grids.Find(own.GridId)! : grids.Current();
        IReadOnlyList<AnonymisedReview> others = [];
        if (assignment.State == AssignmentState.Submitted)
        {
            var submitted = db.Reviews.AsNoTracking().Include(r => r.Scores).Include(r => r.Assignment)
                .Where(r => r.Assignment!.RoundId == round.Id && r.State == ReviewState.Submitted)
                .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToList();
            others = AnonymisedReview.Of(submitted).Where(x => x.Review.AssignmentId != assignment.Id).Select(x => x.Anonymised).ToList();
        }
        var initiative = db.Initiatives.AsNoTracking().Single(i => i.Id == assignment.InitiativeId);
        var authors = db.Revisions.Where(r => r.InitiativeId == initiative.Id && r.SavedById != null).Select(r => r.SavedById).Distinct().ToList();
        var member = db.Users.AsNoTracking().SingleOrDefault(u => u.Id == actor.MemberId);
        var conflicts = member is null ? [] : ConflictOfInterest.Between(member, initiative, round.Revision!.Content, authors);
        return new AssignmentView(assignment, round, round.Revision!.Content, grid, others, conflicts, Today);
    }

    /// <summary>Accepts an invitation; the reviewer must declare that they have no conflict of interest.</summary>
    public ReviewOutcome Accept(long assignmentId, bool declaresNoConflict, Actor actor)
    {
        var assignment = Load(assignmentId, actor);
        if (assignment is null) return ReviewOutcome.Of(OutcomeKind.NotFound);
        if (assignment.State != AssignmentState.Invited || assignment.Round!.ClosedAt is not null)
            return ReviewOutcome.NotAllowed("Cette invitation n'attend plus de réponse.");
        if (!declaresNoConflict)
            return ReviewOutcome.Invalid("DeclaresNoConflict", "Pour accepter, déclarez n'avoir aucun conflit d'intérêts avec cette fiche ; sinon, déclinez l'invitation.");
        var initiative = db.Initiatives.AsNoTracking().Single(i => i.Id == assignment.InitiativeId);
        var content = db.Revisions.AsNoTracking().Where(r => r.Id == assignment.Round.RevisionId).Select(r => r.Content).Single();
        var authors = db.Revisions.Where(r => r.InitiativeId == initiative.Id && r.SavedById != null).Select(r => r.SavedById).Distinct().ToList();
        var member = db.Users.AsNoTracking().Single(u => u.Id == actor.MemberId);
        var conflicts = ConflictOfInterest.Between(member, initiative, content, authors);
        if (conflicts.Count > 0)
            return ReviewOutcome.NotAllowed("Vous ne pouvez pas évaluer cette fiche : conflit d'intérêts – " + string.Join(" ", conflicts) + " Déclinez l'invitation.");

        var now = clock.GetUtcNow().UtcDateTime;
        assignment.State = AssignmentState.Accepted;
        assignment.RespondedAt = now;
        assignment.NoConflictDeclaredAt = now;
        NotifyEditor(assignment, $"{member.DisplayName} a accepté d'évaluer « {content.Title} ».");
        return Commit(assignment);
    }

    /// <summary>Declines an invitation (or withdraws after accepting), with a reason for the editor.</summary>
    public ReviewOutcome Decline(long assignmentId, string? reason, Actor actor)
    {
        var assignment = Load(assignmentId, actor);
        if (assignment is null) return ReviewOutcome.Of(OutcomeKind.NotFound);
        if (!assignment.IsOpen || assignment.Round!.ClosedAt is not null)
            return ReviewOutcome.NotAllowed("Cette invitation n'attend plus de réponse.");
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason)) return ReviewOutcome.Invalid("Reason", "Indiquez la raison pour laquelle vous déclinez.");
        if (reason.Length > ReasonMaxLength) return ReviewOutcome.Invalid("Reason", $"La raison compte au plus {ReasonMaxLength} caractères.");
        assignment.State = AssignmentState.Declined;
        assignment.RespondedAt = clock.GetUtcNow().UtcDateTime;
        assignment.DeclineReason = reason;
        var title = db.Revisions.AsNoTracking().Where(r => r.Id == assignment.Round.RevisionId).Select(r => r.Content).Single().Title;
        var name = db.Users.Where(u => u.Id == actor.MemberId).Select(u => u.DisplayName).SingleOrDefault();
        NotifyEditor(assignment, $"{name} a décliné l'invitation à évaluer « {title} » : {reason}");
        return Commit(assignment);
    }

    /// <summary>
    /// Saves the review as a draft, or submits it. A draft may be incomplete; submitting needs a
    /// score and a comment for every criterion and a recommendation. A submitted review is final.
    /// </summary>
    public ReviewOutcome Save(long assignmentId, ReviewDraft draft, bool submit, Actor actor)
    {
        // Seeding the grid saves: do it before anything else is tracked.
        var current = grids.Current();
        var assignment = Load(assignmentId, actor);
        if (assignment is null) return ReviewOutcome.Of(OutcomeKind.NotFound);
        if (assignment.Round!.ClosedAt is not null || assignment.State is AssignmentState.Withdrawn or AssignmentState.Declined)
            return ReviewOutcome.NotAllowed("Cette évaluation est close : elle ne peut plus être modifiée.");
        if (assignment.State == AssignmentState.Submitted)
            return ReviewOutcome.NotAllowed("Votre évaluation est déjà remise : elle ne peut plus être modifiée.");
        if (assignment.State == AssignmentState.Invited)
            return ReviewOutcome.NotAllowed("Acceptez d'abord l'invitation (en déclarant n'avoir aucun conflit d'intérêts).");

        var review = db.Reviews.Include(r => r.Scores).SingleOrDefault(r => r.AssignmentId == assignment.Id);
        var grid = review is null ? current : grids.Find(review.GridId)!;
        var problems = Validate(grid, draft, submit);
        if (problems.Count > 0) return ReviewOutcome.Invalid(problems);

        var now = clock.GetUtcNow().UtcDateTime;
        if (review is null)
        {
            review = new Review { AssignmentId = assignment.Id, GridId = grid.Id, CreatedAt = now };
            db.Reviews.Add(review);
        }
        foreach (var criterion in grid.Ordered)
        {
            var typed = draft.Scores.GetValueOrDefault(criterion.Key);
            var score = review.Scores.FirstOrDefault(s => s.CriterionKey == criterion.Key);
            if (score is null) review.Scores.Add(score = new ReviewScore { CriterionKey = criterion.Key });
            score.Score = typed?.Score;
            score.Comment = Clean(typed?.Comment);
        }
        review.Recommendation = draft.Recommendation;
        review.GeneralComment = Clean(draft.GeneralComment);
        review.ConfidentialNote = Clean(draft.ConfidentialNote);
        review.UpdatedAt = now;
        if (submit)
        {
            review.State = ReviewState.Submitted;
            review.SubmittedAt = now;
            assignment.State = AssignmentState.Submitted;
            assignment.SubmittedAt = now;
            var title = db.Revisions.AsNoTracking().Where(r => r.Id == assignment.Round.RevisionId).Select(r => r.Content).Single().Title;
            var name = db.Users.Where(u => u.Id == actor.MemberId).Select(u => u.DisplayName).SingleOrDefault();
            NotifyEditor(assignment, $"{name} a remis son évaluation de « {title} ».");
        }
        return Commit(assignment);
    }

    private static List<ReviewProblem> Validate(EvaluationGrid grid, ReviewDraft draft, bool submit)
    {
        var problems = new List<ReviewProblem>();
        foreach (var criterion in grid.Ordered)
        {
            var typed = draft.Scores.GetValueOrDefault(criterion.Key);
            var field = $"Scores[{criterion.Key}]";
            if (typed?.Score is { } score && score is < EvaluationGrid.MinScore or > EvaluationGrid.MaxScore)
                problems.Add(new(field + ".Score", $"La note de « {criterion.NameFr} » va de 1 à 4."));
            else if (submit && typed?.Score is null)
                problems.Add(new(field + ".Score", $"Notez « {criterion.NameFr} » de 1 à 4."));
            if (typed?.Comment?.Trim().Length > Review.CommentMaxLength)
                problems.Add(new(field + ".Comment", $"Le commentaire compte au plus {Review.CommentMaxLength} caractères."));
            else if (submit && string.IsNullOrWhiteSpace(typed?.Comment))
                problems.Add(new(field + ".Comment", $"Commentez votre note de « {criterion.NameFr} »."));
        }
        if (submit && draft.Recommendation is null)
            problems.Add(new("Recommendation", "Choisissez une recommandation."));
        if (draft.GeneralComment?.Trim().Length > Review.CommentMaxLength)
            problems.Add(new("GeneralComment", $"Le commentaire compte au plus {Review.CommentMaxLength} caractères."));
        if (draft.ConfidentialNote?.Trim().Length > Review.CommentMaxLength)
            problems.Add(new("ConfidentialNote", $"La note confidentielle compte au plus {Review.CommentMaxLength} caractères."));
        return problems;
    }

    private ReviewAssignment? Load(long assignmentId, Actor actor) =>
        db.ReviewAssignments.Include(a => a.Round).SingleOrDefault(a => a.Id == assignmentId && a.ReviewerId == actor.MemberId);

    private void NotifyEditor(ReviewAssignment assignment, string text)
    {
        // The editor who invited is told; if that account is gone, every editor is.
        var recipients = assignment.InvitedById is { } editor && db.Users.Any(u => u.Id == editor) ? [editor] : notifier.Editors();
        foreach (var recipient in recipients)
            notifier.Queue(recipient, assignment.InitiativeId, text, $"/gestion/fiches/{assignment.InitiativeId}/evaluations");
    }

    private ReviewOutcome Commit(ReviewAssignment assignment)
    {
        assignment.Version = Guid.NewGuid();
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Conflict, [new("", "Cette invitation a changé entre-temps (retirée ou close par l'équipe éditoriale) : rechargez la page. Votre texte est conservé ci-dessous.")]);
        }
        catch (DbUpdateException)
        {
            // Two tabs creating the same draft at once (one review per assignment).
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Conflict, [new("", "Votre évaluation a été enregistrée depuis un autre onglet : rechargez la page. Votre texte est conservé ci-dessous.")]);
        }
        return ReviewOutcome.Done;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the reviewer typed: per criterion key, a score and a comment; then the rest.</summary>
public sealed record ReviewDraft(
    IReadOnlyDictionary<string, CriterionInput> Scores,
    Recommendation? Recommendation,
    string? GeneralComment,
    string? ConfidentialNote);

public sealed record CriterionInput(int? Score, string? Comment);

/// <summary>One line of a reviewer's inbox.</summary>
public sealed record InboxItem(long Id, string Title, int Round, AssignmentState State, DateOnly DueDate, DateTime InvitedAt, bool HasDraft,
    bool IsOverdue)
{
    public string DueDateText => DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>One assignment as its reviewer sees it.</summary>
public sealed record AssignmentView(
    ReviewAssignment Assignment,
    ReviewRound Round,
    InitiativeContent Content,
    EvaluationGrid Grid,
    IReadOnlyList<AnonymisedReview> OtherReviews,
    IReadOnlyList<string> Conflicts,
    DateOnly Today)
{
    public Review? OwnReview => Assignment.Review;
    public bool CanAnswer => Assignment.State == AssignmentState.Invited && Round.IsOpen;
    public bool CanWrite => Assignment.State == AssignmentState.Accepted && Round.IsOpen;
    public bool IsOverdue => Assignment.IsOverdue(Today) && Round.IsOpen;
}
