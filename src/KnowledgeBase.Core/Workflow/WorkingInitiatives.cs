namespace KnowledgeBase.Core.Workflow;

/// <summary>
/// Read side of the back office: write-ups with their working revision, for their authors and
/// for editors. Visibility is decided by <see cref="InitiativeWorkflow.CanSee"/>.
/// </summary>
public sealed class WorkingInitiatives(KnowledgeBaseDbContext db, TimeProvider clock)
{
    /// <summary>Days after which a submission waiting for a decision counts as overdue.</summary>
    public const int OverdueAfterDays = 21;

    /// <summary>The write-up with its current revision if <paramref name="actor"/> may see it.</summary>
    public Initiative? Find(long id, Actor actor)
    {
        var initiative = db.Initiatives.AsNoTracking().Include(i => i.CurrentRevision).SingleOrDefault(i => i.Id == id);
        return initiative is not null && InitiativeWorkflow.CanSee(initiative, actor) ? initiative : null;
    }

    /// <summary>The author's write-ups, newest change first.</summary>
    public IReadOnlyList<WorkingCard> Mine(Actor actor) =>
        Cards(db.Initiatives.Where(i => i.OwnerId == actor.MemberId)).ToList();

    /// <summary>The editors' queue, filtered.</summary>
    public IReadOnlyList<WorkingCard> Queue(QueueFilter filter)
    {
        var overdueBefore = clock.GetUtcNow().UtcDateTime.AddDays(-OverdueAfterDays);
        var query = filter switch
        {
            QueueFilter.New => db.Initiatives.Where(i => i.State == WorkflowState.Submitted),
            QueueFilter.AwaitingDecision => db.Initiatives.Where(i => i.State == WorkflowState.UnderReview),
            QueueFilter.ChangesRequested => db.Initiatives.Where(i => i.State == WorkflowState.ChangesRequested),
            QueueFilter.Overdue => db.Initiatives.Where(i =>
                (i.State == WorkflowState.Submitted || i.State == WorkflowState.UnderReview) && i.SubmittedAt < overdueBefore),
            QueueFilter.Published => db.Initiatives.Where(i => i.State == WorkflowState.Published),
            QueueFilter.Archived => db.Initiatives.Where(i => i.State == WorkflowState.Archived),
            _ => db.Initiatives.Where(i => i.State == WorkflowState.Submitted || i.State == WorkflowState.UnderReview),
        };
        return Cards(query).Take(200).ToList();
    }

    /// <summary>Counts per queue filter, for the dashboard's tabs.</summary>
    public IReadOnlyDictionary<QueueFilter, int> QueueCounts() =>
        Enum.GetValues<QueueFilter>().ToDictionary(f => f, f => Queue(f).Count);

    public IReadOnlyList<ActivityEntry> Activity(long id) =>
        (from t in db.WorkflowTransitions.AsNoTracking()
         where t.InitiativeId == id
         join m in db.Users on t.ActorId equals m.Id into actors
         from m in actors.DefaultIfEmpty()
         orderby t.At descending, t.Id descending
         select new ActivityEntry(t.At, t.From, t.To, m == null ? null : m.DisplayName, t.Message)).ToList();

    public IReadOnlyList<RevisionEntry> Revisions(long id) =>
        (from r in db.Revisions.AsNoTracking()
         where r.InitiativeId == id
         join m in db.Users on r.SavedById equals m.Id into savers
         from m in savers.DefaultIfEmpty()
         orderby r.Number descending
         select new RevisionEntry(r.Id, r.Number, r.CreatedAt, m == null ? null : m.DisplayName)).ToList();

    /// <summary>Two revisions of the same write-up, or null when either is not one of its revisions.</summary>
    public (Revision Older, Revision Newer)? Pair(long id, int a, int b)
    {
        var revisions = db.Revisions.AsNoTracking().Where(r => r.InitiativeId == id && (r.Number == a || r.Number == b)).ToList();
        var older = revisions.FirstOrDefault(r => r.Number == Math.Min(a, b));
        var newer = revisions.FirstOrDefault(r => r.Number == Math.Max(a, b));
        return older is null || newer is null ? null : (older, newer);
    }

    private IQueryable<WorkingCard> Cards(IQueryable<Initiative> query) =>
        from i in query.AsNoTracking()
        orderby i.UpdatedAt descending, i.Id descending
        select new WorkingCard(i.Id, i.Slug, i.CurrentRevision!.Content, i.State, i.PublishedRevisionId != null, i.SubmittedAt, i.UpdatedAt);
}

public enum QueueFilter { ToHandle, New, AwaitingDecision, ChangesRequested, Overdue, Published, Archived }

/// <summary>A write-up in a back-office list.</summary>
public sealed record WorkingCard(long Id, string Slug, InitiativeContent Content, WorkflowState State, bool HasPublishedVersion,
    DateTime? SubmittedAt, DateTime UpdatedAt)
{
    public string Title => Content.Title is { Length: > 0 } t ? t : "(sans titre)";
}

public sealed record ActivityEntry(DateTime At, WorkflowState From, WorkflowState To, string? Actor, string? Message);

public sealed record RevisionEntry(long Id, int Number, DateTime CreatedAt, string? SavedBy);
