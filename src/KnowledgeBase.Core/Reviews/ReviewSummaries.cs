namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// What others may know of the reviews: the public summary of a published write-up, the
/// anonymised reviews its author receives, and the overdue reviews on the editors' dashboard.
/// </summary>
public sealed class ReviewSummaries(KnowledgeBaseDbContext db, EvaluationGridEditing grids, TimeProvider clock)
{
    /// <summary>
    /// The reviews behind the published version: the round that decided to publish the revision
    /// that is online. Null when it was published without peer evaluation. Only counts and
    /// means: nothing that identifies a reviewer.
    /// </summary>
    public PublicReviewSummary? ForPublishedRevision(long initiativeId)
    {
        var published = db.Initiatives.Where(i => i.Id == initiativeId).Select(i => i.PublishedRevisionId).SingleOrDefault();
        if (published is null) return null;
        var round = db.ReviewRounds.AsNoTracking()
            .Where(r => r.InitiativeId == initiativeId && r.RevisionId == published && r.Decision == ReviewDecision.Publish)
            .OrderByDescending(r => r.Number).FirstOrDefault();
        if (round is null) return null;
        var reviews = db.Reviews.AsNoTracking().Include(r => r.Scores)
            .Where(r => r.Assignment!.RoundId == round.Id && r.State == ReviewState.Submitted).ToList();
        if (reviews.Count == 0) return null;
        var grid = grids.Find(reviews.Max(r => r.GridId))!;
        return new PublicReviewSummary(round.Number, grid.Summarise(reviews));
    }

    /// <summary>
    /// The reviews of the write-up's decided rounds, anonymised, for its author (or an editor);
    /// null for anyone else. Reviews of a round still open are not given before the decision.
    /// </summary>
    public IReadOnlyList<AuthorRound>? ForAuthor(long initiativeId, Actor actor)
    {
        var owner = db.Initiatives.Where(i => i.Id == initiativeId).Select(i => new { i.OwnerId }).SingleOrDefault();
        if (owner is null || owner.OwnerId != actor.MemberId && !actor.IsEditor) return null;
        var closed = db.ReviewRounds.AsNoTracking()
            .Where(r => r.InitiativeId == initiativeId && r.ClosedAt != null).OrderByDescending(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.Decision, r.ClosedAt }).ToList();
        var ids = closed.Select(r => r.Id).ToList();
        var reviews = db.Reviews.AsNoTracking().Include(r => r.Scores).Include(r => r.Assignment)
            .Where(r => ids.Contains(r.Assignment!.RoundId) && r.State == ReviewState.Submitted).ToList();
        var gridCache = new Dictionary<long, EvaluationGrid>();
        return closed.Select(round =>
        {
            var mine = reviews.Where(r => r.Assignment!.RoundId == round.Id).ToList();
            var anonymised = AnonymisedReview.Of(mine).Select(x => x.Anonymised).ToList();
            var grid = mine.Count == 0 ? null : gridCache.TryGetValue(mine.Max(r => r.GridId), out var g) ? g
                : gridCache[mine.Max(r => r.GridId)] = grids.Find(mine.Max(r => r.GridId))!;
            return new AuthorRound(round.Number, round.Decision, DateOnly.FromDateTime(round.ClosedAt!.Value), anonymised,
                grid, grid?.Summarise(mine));
        }).Where(r => r.Reviews.Count > 0).ToList();
    }

    /// <summary>Invitations still waiting after their due date, most late first.</summary>
    public IReadOnlyList<OverdueReview> Overdue()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = db.ReviewAssignments.AsNoTracking()
            .Where(a => (a.State == AssignmentState.Invited || a.State == AssignmentState.Accepted) && a.DueDate < today && a.Round!.ClosedAt == null)
            .OrderBy(a => a.DueDate).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.InitiativeId, a.ReviewerId, a.State, a.DueDate, a.Round!.RevisionId })
            .Take(200).ToList();
        var reviewers = rows.Select(r => r.ReviewerId).Distinct().ToList();
        var names = db.Users.AsNoTracking().Where(u => reviewers.Contains(u.Id)).ToDictionary(u => u.Id, u => u.DisplayName);
        var revisions = rows.Select(r => r.RevisionId).Distinct().ToList();
        var titles = db.Revisions.AsNoTracking().Where(r => revisions.Contains(r.Id)).Select(r => new { r.Id, r.Content }).AsEnumerable()
            .ToDictionary(r => r.Id, r => r.Content.Title);
        return rows.Select(r => new OverdueReview(r.Id, r.InitiativeId, titles.GetValueOrDefault(r.RevisionId, ""),
            names.GetValueOrDefault(r.ReviewerId, "(compte supprimé)"), r.State, r.DueDate, today.DayNumber - r.DueDate.DayNumber)).ToList();
    }
}

/// <summary>The public badge: which round, how many reviews, the mean per criterion.</summary>
public sealed record PublicReviewSummary(int Round, GridSummary Summary)
{
    public int ReviewCount => Summary.ReviewCount;
}

/// <summary>One decided round as the author sees it.</summary>
public sealed record AuthorRound(int Number, ReviewDecision? Decision, DateOnly DecidedOn, IReadOnlyList<AnonymisedReview> Reviews,
    EvaluationGrid? Grid, GridSummary? Summary);

public sealed record OverdueReview(long AssignmentId, long InitiativeId, string Title, string ReviewerName, AssignmentState State,
    DateOnly DueDate, int DaysLate);
