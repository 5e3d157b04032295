using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Workflow;

/// <summary>
/// Writing and moving write-ups through the workflow. Every save adds a revision; every
/// transition is logged and, when it can change what the public sees, queues an index task in
/// the same transaction. The caller's copy of <see cref="Initiative.Version"/> is checked, so
/// that of two people acting at once the second gets a conflict instead of overwriting.
/// </summary>
public sealed class InitiativeWorkflow(KnowledgeBaseDbContext db, CatalogCache catalogs, TimeProvider clock, WorkflowNotifier notifier)
{
    /// <summary>
    /// Starts a draft from what someone typed: refused (nothing saved) when it holds values no
    /// revision may keep; whatever is still missing does not matter yet.
    /// </summary>
    public WorkflowOutcome StartDraft(InitiativeContent content, Actor actor)
    {
        var problems = ContentValidator.ValidateValues(content, catalogs.Get(db));
        return problems.Count > 0 ? new(OutcomeKind.Refused, null, problems) : new(OutcomeKind.Done, CreateDraft(content, actor));
    }

    /// <summary>Creates a draft owned by <paramref name="actor"/>, whatever is missing from it (trusted content).</summary>
    public Initiative CreateDraft(InitiativeContent content, Actor actor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var initiative = new Initiative { Slug = UniqueSlug(content.Title), OwnerId = actor.MemberId, CreatedAt = now, UpdatedAt = now };
        var revision = NewRevision(content, actor, 1, now);
        using var transaction = db.Database.BeginTransaction();
        initiative.Revisions.Add(revision);
        db.Initiatives.Add(initiative);
        db.SaveChanges();
        initiative.CurrentRevision = revision;
        db.SaveChanges();
        transaction.Commit();
        return initiative;
    }

    /// <summary>Saves a new revision of the author's write-up (starting a revision of a published one).</summary>
    public WorkflowOutcome Save(long id, Guid expectedVersion, InitiativeContent content, Actor actor)
    {
        var initiative = Load(id);
        if (initiative is null || !CanSee(initiative, actor)) return WorkflowOutcome.Of(OutcomeKind.NotFound);
        if (initiative.OwnerId != actor.MemberId) return WorkflowOutcome.Of(OutcomeKind.Forbidden);
        if (initiative.Version != expectedVersion) return new(OutcomeKind.Conflict, initiative);
        var refused = ContentValidator.ValidateValues(content, catalogs.Get(db));
        if (refused.Count > 0) return new(OutcomeKind.Refused, initiative, refused);
        var now = clock.GetUtcNow().UtcDateTime;
        if (WorkflowRules.AuthorCanRevise(initiative.State))
            Move(initiative, WorkflowRules.Find(initiative.State, WorkflowAction.Revise)!, actor, "Nouvelle révision commencée.", now);
        else if (!WorkflowRules.AuthorCanEdit(initiative.State))
            return new(OutcomeKind.NotAllowed, initiative);

        var number = db.Revisions.Where(r => r.InitiativeId == id).Max(r => r.Number) + 1;
        var revision = NewRevision(content, actor, number, now);
        initiative.Revisions.Add(revision);
        initiative.CurrentRevision = revision;
        return Commit(initiative, expectedVersion, now);
    }

    /// <summary>Takes a workflow action; submitting and publishing check the required fields.</summary>
    public WorkflowOutcome Act(long id, Guid expectedVersion, WorkflowAction action, Actor actor, string? message,
        EvidenceLevel? evidence = null)
    {
        var initiative = Load(id);
        if (initiative is null || !CanSee(initiative, actor)) return WorkflowOutcome.Of(OutcomeKind.NotFound);
        var involved = actor.IsEditor || initiative.OwnerId == actor.MemberId;
        if (!involved) return new(OutcomeKind.Forbidden, initiative);
        // A stale form first: the state it was loaded in may be why the action no longer fits.
        if (initiative.Version != expectedVersion) return new(OutcomeKind.Conflict, initiative);
        var transition = WorkflowRules.Find(initiative.State, action);
        if (transition is null) return new(OutcomeKind.NotAllowed, initiative);
        var permitted = transition.Actor == WorkflowActor.Editor ? actor.IsEditor : initiative.OwnerId == actor.MemberId;
        if (!permitted) return new(OutcomeKind.Forbidden, initiative);

        var catalog = catalogs.Get(db);
        var content = catalog.Canonical(initiative.CurrentRevision!.Content);
        if (transition.To is WorkflowState.Submitted or WorkflowState.Published)
        {
            var problems = ContentValidator.Validate(content, catalog);
            if (problems.Count > 0) return new(OutcomeKind.Invalid, initiative, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Move(initiative, transition, actor, message, now);
        if (transition.To == WorkflowState.Submitted) initiative.SubmittedAt = now;
        if (action == WorkflowAction.Publish)
        {
            initiative.PublishedRevision = initiative.CurrentRevision;
            initiative.Card = PublicCard.From(content);
            initiative.PublishedAt ??= now;
            initiative.EvidenceLevel = transition.From == WorkflowState.UnderReview ? evidence ?? initiative.EvidenceLevel : EvidenceLevel.Emerging;
        }
        return Commit(initiative, expectedVersion, now);
    }

    /// <summary>
    /// Authors see their own write-ups, editors all of them but the first drafts never
    /// submitted, everyone the public ones.
    /// </summary>
    public static bool CanSee(Initiative initiative, Actor? actor) =>
        initiative.IsPublic || actor is not null && (initiative.OwnerId == actor.MemberId || actor.IsEditor && !initiative.IsPrivateDraft);

    private Initiative? Load(long id) =>
        db.Initiatives.Include(i => i.CurrentRevision).SingleOrDefault(i => i.Id == id);

    private void Move(Initiative initiative, WorkflowRules.Rule transition, Actor actor, string? message, DateTime now)
    {
        initiative.MoveTo(transition.To, actor.MemberId, message, now);
        if (WorkflowRules.ChangesPublicState(transition))
            db.IndexTasks.Add(IndexTask.ForInitiative(initiative.Id, now));
        notifier.Queue(initiative, transition, actor, message);
    }

    private WorkflowOutcome Commit(Initiative initiative, Guid expectedVersion, DateTime now)
    {
        initiative.UpdatedAt = now;
        // EF checks the version the person loaded, not the one read now: a change made in
        // between by someone else makes this save fail instead of overwriting it.
        db.Entry(initiative).Property(i => i.Version).OriginalValue = expectedVersion;
        initiative.Version = Guid.NewGuid();
        try
        {
            db.SaveChanges();
            return new(OutcomeKind.Done, initiative);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || ChangedSince(initiative.Id, expectedVersion))
        {
            // Two saves racing can also collide on the next revision number before the version
            // check is reached; either way someone else's change came first.
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Conflict, Load(initiative.Id));
        }
    }

    private bool ChangedSince(long id, Guid expectedVersion) =>
        db.Initiatives.AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).SingleOrDefault() != expectedVersion;

    private static Revision NewRevision(InitiativeContent content, Actor actor, int number, DateTime now) => new()
    {
        Number = number, CreatedAt = now, SavedById = actor.MemberId, ContentHash = ContentHashes.Of(content), Content = content,
    };

    private string UniqueSlug(string title)
    {
        var stem = Slugs.FromTitle(title);
        if (stem.Length == 0) stem = "fiche";
        var slug = stem;
        for (var n = 2; db.Initiatives.Any(i => i.Slug == slug); n++) slug = $"{stem}-{n}";
        return slug;
    }
}
