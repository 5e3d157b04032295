using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Core.Dossiers;

/// <summary>
/// Writing, publishing and withdrawing dossiers, for editors only. Every save adds a revision;
/// publishing checks the dossier (<see cref="DossierValidator"/>), copies what lists and the
/// write-ups' pages need, logs the change and queues an index task in the same transaction.
/// The caller's copy of <see cref="Dossier.Version"/> is checked, so that of two editors
/// acting at once the second gets a conflict instead of overwriting.
/// </summary>
public sealed class DossierEditing(KnowledgeBaseDbContext db, MarkdownRenderer markdown, EditorialLog log, TimeProvider clock)
{
    /// <summary>Creates a draft with its first revision; write-ups that are not public are refused.</summary>
    public DossierOutcome CreateDraft(DossierContent content, Actor actor)
    {
        if (!actor.IsEditor) return new(OutcomeKind.Forbidden);
        var problems = DossierValidator.Validate(content, PublicTitles(content), forPublication: false);
        if (problems.Count > 0) return new(OutcomeKind.Invalid, null, problems);
        var now = clock.GetUtcNow().UtcDateTime;
        var dossier = new Dossier { Slug = UniqueSlug(content.Title), CreatedById = actor.MemberId, CreatedAt = now, UpdatedAt = now };
        using var transaction = db.Database.BeginTransaction();
        var revision = NewRevision(content, actor, 1, now);
        dossier.Revisions.Add(revision);
        db.Dossiers.Add(dossier);
        db.SaveChanges();
        dossier.CurrentRevision = revision;
        log.Add(EditorialAreas.Dossiers, actor, $"Dossier « {TitleOf(content, dossier)} » commencé (brouillon).");
        db.SaveChanges();
        transaction.Commit();
        return new(OutcomeKind.Done, dossier);
    }

    /// <summary>Saves a new revision; a published dossier stays online as it was until this one is published.</summary>
    public DossierOutcome Save(long id, Guid expectedVersion, DossierContent content, Actor actor)
    {
        if (!actor.IsEditor) return new(OutcomeKind.Forbidden);
        var dossier = Load(id);
        if (dossier is null) return new(OutcomeKind.NotFound);
        if (dossier.Version != expectedVersion) return new(OutcomeKind.Conflict, dossier);
        var problems = DossierValidator.Validate(content, PublicTitles(content), forPublication: false);
        if (problems.Count > 0) return new(OutcomeKind.Invalid, dossier, problems);
        var now = clock.GetUtcNow().UtcDateTime;
        var number = db.DossierRevisions.Where(r => r.DossierId == id).Max(r => r.Number) + 1;
        var revision = NewRevision(content, actor, number, now);
        dossier.Revisions.Add(revision);
        dossier.CurrentRevision = revision;
        log.Add(EditorialAreas.Dossiers, actor, $"Dossier « {TitleOf(content, dossier)} » : révision {number} enregistrée.");
        return Commit(dossier, expectedVersion, now);
    }

    /// <summary>Publishes the current revision (first publication, or a revision of a published dossier).</summary>
    public DossierOutcome Publish(long id, Guid expectedVersion, Actor actor)
    {
        if (!actor.IsEditor) return new(OutcomeKind.Forbidden);
        var dossier = Load(id);
        if (dossier is null) return new(OutcomeKind.NotFound);
        if (dossier.Version != expectedVersion) return new(OutcomeKind.Conflict, dossier);
        if (dossier.IsPublic && !dossier.HasUnpublishedChanges) return new(OutcomeKind.NotAllowed, dossier);
        var content = dossier.CurrentRevision!.Content;
        var titles = PublicTitles(content);
        var problems = DossierValidator.Validate(content, titles, forPublication: true);
        if (problems.Count > 0) return new(OutcomeKind.Invalid, dossier, problems);

        var now = clock.GetUtcNow().UtcDateTime;
        Publish(dossier, dossier.CurrentRevision, now);
        log.Add(EditorialAreas.Dossiers, actor, $"Dossier « {content.Title} » publié (révision {dossier.CurrentRevision.Number}, {content.Items.Count} fiches).");
        return Commit(dossier, expectedVersion, now);
    }

    /// <summary>Takes a published dossier offline; it can be published again.</summary>
    public DossierOutcome Withdraw(long id, Guid expectedVersion, Actor actor)
    {
        if (!actor.IsEditor) return new(OutcomeKind.Forbidden);
        var dossier = Load(id);
        if (dossier is null) return new(OutcomeKind.NotFound);
        if (dossier.Version != expectedVersion) return new(OutcomeKind.Conflict, dossier);
        if (dossier.State != DossierState.Published) return new(OutcomeKind.NotAllowed, dossier);
        var now = clock.GetUtcNow().UtcDateTime;
        dossier.State = DossierState.Withdrawn;
        db.IndexTasks.Add(IndexTask.ForDossier(dossier.Id, now));
        log.Add(EditorialAreas.Dossiers, actor, $"Dossier « {dossier.Card?.Title ?? dossier.Slug} » retiré du site.");
        return Commit(dossier, expectedVersion, now);
    }

    /// <summary>
    /// Makes <paramref name="revision"/> the published one: state, card, citations and an index
    /// task (the import publishes through here too). The caller saves.
    /// </summary>
    internal void Publish(Dossier dossier, DossierRevision revision, DateTime now)
    {
        var content = revision.Content;
        dossier.PublishedRevision = revision;
        dossier.State = DossierState.Published;
        dossier.PublishedAt ??= now;
        dossier.Card = new DossierCard
        {
            Title = content.Title, Teaser = Teaser(markdown.ToPlainText(content.Introduction)), ItemCount = content.Items.Count, ChangedAt = now,
        };
        dossier.Citations.Clear();
        dossier.Citations.AddRange(content.Items.Select((item, i) => new DossierCitation { InitiativeId = item.InitiativeId, Position = i + 1 }));
        db.IndexTasks.Add(IndexTask.ForDossier(dossier.Id, now));
    }

    /// <summary>Public write-ups among those the content names: id → title.</summary>
    internal Dictionary<long, string> PublicTitles(DossierContent content)
    {
        var ids = content.Items.Select(i => i.InitiativeId).Distinct().ToList();
        return db.Initiatives.AsNoTracking()
            .Where(Initiative.Public).Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Card!.Title }).ToDictionary(i => i.Id, i => i.Title);
    }

    internal static DossierRevision NewRevision(DossierContent content, Actor? actor, int number, DateTime now) => new()
    {
        Number = number, CreatedAt = now, SavedById = actor?.MemberId, ContentHash = ContentHashes.Of(content), Content = content,
    };

    /// <summary>The introduction's opening, cut at a word.</summary>
    internal static string Teaser(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= DossierRules.TeaserMaxLength) return flat;
        var cut = flat[..(DossierRules.TeaserMaxLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > DossierRules.TeaserMaxLength / 2 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }

    internal string UniqueSlug(string title)
    {
        var stem = Slugs.FromTitle(title);
        if (stem.Length == 0) stem = "dossier";
        var slug = stem;
        for (var n = 2; db.Dossiers.Any(d => d.Slug == slug); n++) slug = $"{stem}-{n}";
        return slug;
    }

    private Dossier? Load(long id) =>
        db.Dossiers.Include(d => d.CurrentRevision).Include(d => d.Citations).SingleOrDefault(d => d.Id == id);

    private DossierOutcome Commit(Dossier dossier, Guid expectedVersion, DateTime now)
    {
        dossier.UpdatedAt = now;
        db.Entry(dossier).Property(d => d.Version).OriginalValue = expectedVersion;
        dossier.Version = Guid.NewGuid();
        try
        {
            db.SaveChanges();
            return new(OutcomeKind.Done, dossier);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || ChangedSince(dossier.Id, expectedVersion))
        {
            // Two saves racing can also collide on the next revision number: someone else came first.
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Conflict, Load(dossier.Id));
        }
    }

    private bool ChangedSince(long id, Guid expectedVersion) =>
        db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleOrDefault() != expectedVersion;

    private static string TitleOf(DossierContent content, Dossier dossier) => content.Title is { Length: > 0 } t ? t : dossier.Slug;
}

/// <summary>How a dossier action ended (the write-up workflow's kinds of outcome).</summary>
public sealed record DossierOutcome(OutcomeKind Kind, Dossier? Dossier = null, IReadOnlyList<ContentProblem>? Problems = null)
{
    public bool Succeeded => Kind == OutcomeKind.Done;
}
