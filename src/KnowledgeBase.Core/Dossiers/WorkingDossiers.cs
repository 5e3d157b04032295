namespace KnowledgeBase.Core.Dossiers;

/// <summary>Read side of the editors' dossier pages: every dossier, its working revision, its write-ups' current state, its revisions.</summary>
public sealed class WorkingDossiers(KnowledgeBaseDbContext db)
{
    /// <summary>Every dossier, the last changed first.</summary>
    public IReadOnlyList<WorkingDossierRow> All() =>
        db.Dossiers.AsNoTracking().OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Select(d => new WorkingDossierRow(d.Id, d.Slug, d.CurrentRevision!.Content, d.State, d.PublishedRevisionId != null && d.CurrentRevisionId != d.PublishedRevisionId, d.UpdatedAt))
            .ToList();

    /// <summary>The dossier with its current and published revisions, or null.</summary>
    public Dossier? Find(long id) =>
        db.Dossiers.AsNoTracking().Include(d => d.CurrentRevision).Include(d => d.PublishedRevision).SingleOrDefault(d => d.Id == id);

    /// <summary>
    /// The write-ups named by <paramref name="content"/>, in its order, with what an editor must
    /// know of each now: title, address, and whether it is still public.
    /// </summary>
    public IReadOnlyList<WorkingItem> Items(DossierContent content)
    {
        var ids = content.Items.Select(i => i.InitiativeId).Distinct().ToList();
        var shown = db.Initiatives.Where(Initiatives.Initiative.Public).Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToHashSet();
        var known = db.Initiatives.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Slug, Title = i.Card != null ? i.Card.Title : i.Slug, i.State })
            .ToDictionary(i => i.Id);
        return [.. content.Items.Select(item => known.TryGetValue(item.InitiativeId, out var i)
            ? new WorkingItem(item.InitiativeId, i.Slug, i.Title, shown.Contains(i.Id), i.State, item.Note)
            : new WorkingItem(item.InitiativeId, null, null, false, null, item.Note))];
    }

    /// <summary>Whether the dossier is among the items "À la une" (shown or not yet).</summary>
    public bool IsFeatured(long id) => db.FeaturedItems.Any(f => f.DossierId == id);

    public IReadOnlyList<DossierRevisionEntry> Revisions(long id) =>
        (from r in db.DossierRevisions.AsNoTracking()
         where r.DossierId == id
         join m in db.Users on r.SavedById equals m.Id into savers
         from m in savers.DefaultIfEmpty()
         orderby r.Number descending
         select new { r.Id, r.Number, r.CreatedAt, SavedBy = m == null ? null : m.DisplayName, r.Content }).AsEnumerable()
        .Select(r => new DossierRevisionEntry(r.Id, r.Number, r.CreatedAt, r.SavedBy, r.Content.Title)).ToList();

    /// <summary>One revision of the dossier, or null when it has no such number.</summary>
    public DossierRevision? Revision(long id, int number) =>
        db.DossierRevisions.AsNoTracking().SingleOrDefault(r => r.DossierId == id && r.Number == number);
}

public sealed record WorkingDossierRow(long Id, string Slug, DossierContent Content, DossierState State, bool HasUnpublishedChanges, DateTime UpdatedAt)
{
    public string Title => Content.Title is { Length: > 0 } t ? t : "(sans titre)";
}

/// <summary>A write-up of a dossier as an editor sees it: null slug and title when the id matches no write-up.</summary>
public sealed record WorkingItem(long InitiativeId, string? Slug, string? Title, bool IsPublic, WorkflowState? State, string Note);

public sealed record DossierRevisionEntry(long Id, int Number, DateTime CreatedAt, string? SavedBy, string Title);
