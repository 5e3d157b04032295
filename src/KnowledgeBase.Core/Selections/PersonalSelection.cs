namespace KnowledgeBase.Core.Selections;

/// <summary>
/// A member's selection ("Ma sélection"): public write-ups they keep, to find them again,
/// export them and be told when they change. Every method works on the acting member's own
/// selection only; no member id is ever taken from a request.
/// </summary>
public sealed class PersonalSelection(KnowledgeBaseDbContext db, TimeProvider clock)
{
    /// <summary>Keeps a public write-up; false when there is no such public write-up. Keeping it twice keeps it once.</summary>
    public bool Keep(Actor actor, long initiativeId)
    {
        if (!db.Initiatives.Where(Initiative.Public).Any(i => i.Id == initiativeId)) return false;
        if (Contains(actor, initiativeId)) return true;
        db.SelectionItems.Add(new SelectionItem { MemberId = actor.MemberId, InitiativeId = initiativeId, AddedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Kept twice at once: the unique index let one in, which is what was asked.
            db.ChangeTracker.Clear();
        }
        return true;
    }

    /// <summary>Removes a write-up from the selection (nothing happens when it was not kept).</summary>
    public void Remove(Actor actor, long initiativeId) =>
        db.SelectionItems.Where(s => s.MemberId == actor.MemberId && s.InitiativeId == initiativeId).ExecuteDelete();

    public bool Contains(Actor actor, long initiativeId) =>
        db.SelectionItems.Any(s => s.MemberId == actor.MemberId && s.InitiativeId == initiativeId);

    /// <summary>
    /// The kept write-ups, last kept first, with their published revision. One archived since
    /// it was kept stays listed, without content, so that the member sees it went offline.
    /// </summary>
    public IReadOnlyList<KeptInitiative> Items(Actor actor) =>
        (from item in db.SelectionItems.AsNoTracking()
         join initiative in db.Initiatives.AsNoTracking() on item.InitiativeId equals initiative.Id
         where item.MemberId == actor.MemberId
         orderby item.AddedAt descending, item.Id descending
         select new
         {
             item.AddedAt,
             initiative,
             Revision = initiative.PublishedRevision,
         })
        .AsEnumerable()
        .Select(x => new KeptInitiative(x.initiative, x.initiative.IsPublic ? x.Revision : null, DateTime.SpecifyKind(x.AddedAt, DateTimeKind.Utc)))
        .ToList();

    /// <summary>Members who keep the write-up, except <paramref name="except"/> (the person acting, an author already told).</summary>
    public static List<string> Followers(KnowledgeBaseDbContext db, long initiativeId, params string?[] except) =>
        db.SelectionItems.Where(s => s.InitiativeId == initiativeId).Select(s => s.MemberId).ToList()
            .Where(m => !except.Contains(m)).Distinct().ToList();
}

/// <summary>A kept write-up; <see cref="Revision"/> is null when it is no longer public.</summary>
public sealed record KeptInitiative(Initiative Initiative, Revision? Revision, DateTime AddedAt)
{
    public bool IsPublic => Revision is not null;
}
