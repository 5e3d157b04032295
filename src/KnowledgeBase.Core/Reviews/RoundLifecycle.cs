namespace KnowledgeBase.Core.Reviews;

/// <summary>Finding, opening and closing the rounds of a write-up (tracked, saved by the caller).</summary>
public sealed class RoundLifecycle(KnowledgeBaseDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The write-up's open round with its assignments, or null. A round left open by a decision
    /// taken outside the review pages (the write-up left "under review" since the round opened)
    /// is closed here with that decision.
    /// </summary>
    public ReviewRound? OpenRound(long initiativeId)
    {
        var round = db.ReviewRounds.Include(r => r.Assignments)
            .Where(r => r.InitiativeId == initiativeId && r.ClosedAt == null)
            .OrderByDescending(r => r.Number).FirstOrDefault();
        if (round is null) return null;
        var left = db.WorkflowTransitions.AsNoTracking()
            .Where(t => t.InitiativeId == initiativeId && t.From == WorkflowState.UnderReview && t.At > round.OpenedAt)
            .OrderBy(t => t.At).ThenBy(t => t.Id).FirstOrDefault();
        if (left is null) return round;
        var decision = left.To switch
        {
            WorkflowState.Published => ReviewDecision.Publish,
            WorkflowState.Rejected => ReviewDecision.Reject,
            _ => ReviewDecision.RequestChanges,
        };
        var evidence = decision == ReviewDecision.Publish
            ? db.Initiatives.Where(i => i.Id == initiativeId).Select(i => (EvidenceLevel?)i.EvidenceLevel).SingleOrDefault()
            : null;
        Close(round, decision, evidence, left.ActorId, left.At);
        db.SaveChanges();
        return null;
    }

    /// <summary>Opens the next round on the write-up's current revision.</summary>
    public ReviewRound OpenNext(Initiative initiative, Actor actor)
    {
        var last = db.ReviewRounds.Where(r => r.InitiativeId == initiative.Id).Max(r => (int?)r.Number) ?? 0;
        var round = new ReviewRound
        {
            InitiativeId = initiative.Id, Number = last + 1, RevisionId = initiative.CurrentRevisionId!.Value,
            OpenedAt = clock.GetUtcNow().UtcDateTime, OpenedById = actor.MemberId,
        };
        db.ReviewRounds.Add(round);
        return round;
    }

    /// <summary>The latest round of the write-up (open or closed), with assignments.</summary>
    public ReviewRound? Latest(long initiativeId) =>
        db.ReviewRounds.Include(r => r.Assignments)
            .Where(r => r.InitiativeId == initiativeId).OrderByDescending(r => r.Number).FirstOrDefault();

    /// <summary>Closes the round; invitations still waiting are withdrawn (their drafts are kept).</summary>
    public void Close(ReviewRound round, ReviewDecision decision, EvidenceLevel? evidence, string? decidedBy, DateTime? at = null)
    {
        var now = at ?? clock.GetUtcNow().UtcDateTime;
        round.ClosedAt = now;
        round.Decision = decision;
        round.Evidence = decision == ReviewDecision.Publish ? evidence : null;
        round.DecidedById = decidedBy;
        foreach (var assignment in round.Assignments.Where(a => a.IsOpen))
        {
            assignment.State = AssignmentState.Withdrawn;
            assignment.Version = Guid.NewGuid();
        }
    }
}
