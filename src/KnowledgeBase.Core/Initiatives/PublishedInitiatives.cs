using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// Read side of what visitors see: only published, non-archived write-ups, always through
/// <see cref="Visible"/> so nothing unpublished can leak into a page. Contents are read with
/// merged terms replaced by the terms they were merged into (<see cref="Catalog.Canonical(InitiativeContent)"/>).
/// </summary>
public sealed class PublishedInitiatives(KnowledgeBaseDbContext db, Catalog catalog)
{
    public const int PageSize = 20;

    private IQueryable<Initiative> Visible =>
        db.Initiatives.AsNoTracking().Where(Initiative.Public);

    public IReadOnlyList<InitiativeCard> Latest(int count) =>
        Visible.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id).Take(count).Select(ToCard).ToList();

    public Page<InitiativeCard> List(ListQuery query)
    {
        var filtered = Visible;
        if (!string.IsNullOrEmpty(query.Theme)) filtered = filtered.Where(i => i.Card!.Themes.Contains(query.Theme));
        if (!string.IsNullOrEmpty(query.Region)) filtered = filtered.Where(i => i.Card!.RegionCode == query.Region);
        if (!string.IsNullOrEmpty(query.Departement)) filtered = filtered.Where(i => i.Card!.DepartementCode == query.Departement);
        var total = filtered.Count();
        var ordered = query.Sort == ListSort.Title
            ? filtered.OrderBy(i => i.Card!.SortKey).ThenBy(i => i.Id)
            : filtered.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Id);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(query.Page, 1, pageCount);
        var items = ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(ToCard).ToList();
        return new Page<InitiativeCard>(items, number, pageCount, total);
    }

    /// <summary>The public ones among <paramref name="ids"/>, as list cards, in no particular order.</summary>
    public IReadOnlyList<InitiativeCard> Cards(IReadOnlyCollection<long> ids) =>
        ids.Count == 0 ? [] : Visible.Where(i => ids.Contains(i.Id)).Select(ToCard).ToList();

    /// <summary>Published write-ups per theme slug.</summary>
    public IReadOnlyDictionary<string, int> ThemeCounts() =>
        Visible.Select(i => i.Card!.Themes).AsEnumerable()
            .SelectMany(themes => themes).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The published write-up and its published revision, or null (unknown, unpublished or archived).</summary>
    public PublishedInitiative? Find(string slug)
    {
        if (!Slugs.IsValid(slug)) return null;
        var initiative = Visible.Include(i => i.PublishedRevision).SingleOrDefault(i => i.Slug == slug);
        return initiative?.PublishedRevision is { } revision ? new PublishedInitiative(initiative, revision, catalog.Canonical(revision.Content)) : null;
    }

    /// <summary>
    /// Public write-ups with the moment the public last saw them change (<see cref="PublicEntry.UpdatedAt"/>),
    /// oldest change first (ties by id), so that a harvester paging through meets changes made
    /// meanwhile at the end. Only those changed at or after <paramref name="since"/>, and among
    /// <paramref name="ids"/> when given.
    /// </summary>
    public Page<PublicEntry> Changes(DateTime? since, IReadOnlyCollection<long>? ids, int page, int pageSize)
    {
        var entries = Stamped();
        if (since is { } from) entries = entries.Where(e => e.UpdatedAt >= from);
        if (ids is not null) entries = entries.Where(e => ids.Contains(e.Initiative.Id));
        var total = entries.Count();
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var items = entries.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Initiative.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).AsEnumerable().Select(ToEntry).ToList();
        return new Page<PublicEntry>(items, page, pageCount, total);
    }

    /// <summary>The <paramref name="count"/> public write-ups changed last, newest first; by theme or région when given.</summary>
    public IReadOnlyList<PublicEntry> RecentlyChanged(int count, string? theme = null, string? region = null)
    {
        var entries = Stamped();
        if (theme is not null) entries = entries.Where(e => e.Initiative.Card!.Themes.Contains(theme));
        if (region is not null) entries = entries.Where(e => e.Initiative.Card!.RegionCode == region);
        return entries.OrderByDescending(e => e.UpdatedAt).ThenByDescending(e => e.Initiative.Id).Take(count).AsEnumerable().Select(ToEntry).ToList();
    }

    /// <summary>One public write-up with its last public change, or null.</summary>
    public PublicEntry? Entry(string slug) =>
        Slugs.IsValid(slug) && Stamped().SingleOrDefault(e => e.Initiative.Slug == slug) is { } stamp ? ToEntry(stamp) : null;

    /// <summary>Public write-ups by id (for the hits of a search), in no particular order.</summary>
    public IReadOnlyList<PublicEntry> Entries(IReadOnlyCollection<long> ids) =>
        Stamped().Where(e => ids.Contains(e.Initiative.Id)).AsEnumerable().Select(ToEntry).ToList();

    // What the public sees changes when a revision is published (or re-imported) and when a
    // write-up is published again (restored, new evidence level): the later of the published
    // revision's date and the last transition to Published.
    private IQueryable<Stamp> Stamped() =>
        Visible
            .Select(i => new
            {
                Initiative = i,
                Revision = i.PublishedRevision!,
                Published = i.Transitions.Where(t => t.To == WorkflowState.Published).Max(t => (DateTime?)t.At),
            })
            .Select(x => new Stamp
            {
                Initiative = x.Initiative,
                Revision = x.Revision,
                UpdatedAt = x.Published != null && x.Published > x.Revision.CreatedAt ? x.Published.Value : x.Revision.CreatedAt,
            });

    private PublicEntry ToEntry(Stamp s) =>
        new(s.Initiative, s.Revision, DateTime.SpecifyKind(s.UpdatedAt, DateTimeKind.Utc), catalog.Canonical(s.Revision.Content));

    private sealed class Stamp
    {
        public required Initiative Initiative { get; init; }
        public required Revision Revision { get; init; }
        public DateTime UpdatedAt { get; init; }
    }

    private static readonly System.Linq.Expressions.Expression<Func<Initiative, InitiativeCard>> ToCard = i =>
        new InitiativeCard(i.Id, i.Slug, i.Card!.Title, i.Card.Summary, i.Card.Themes, i.Card.RegionCode, i.Card.DepartementCode,
            i.Card.Stage, i.EvidenceLevel, i.IsExample, i.PublishedAt);
}

public enum ListSort { Date, Title }

/// <summary>Filters and order of the write-up list.</summary>
public sealed record ListQuery(string? Theme = null, string? Region = null, string? Departement = null, ListSort Sort = ListSort.Date, int Page = 1);

/// <summary>One write-up in a list.</summary>
public sealed record InitiativeCard(long Id, string Slug, string Title, string Summary, List<string> Themes, string RegionCode,
    string DepartementCode, string Stage, EvidenceLevel EvidenceLevel, bool IsExample, DateTime? PublishedAt);

/// <summary>A public write-up, its published revision, and that revision's content as the public reads it (merged terms replaced).</summary>
public sealed record PublishedInitiative(Initiative Initiative, Revision Revision, InitiativeContent Content);

/// <summary>
/// A public write-up, its published revision, when what the public sees of it last changed
/// (UTC), and its content as the public reads it (merged terms replaced).
/// </summary>
public sealed record PublicEntry(Initiative Initiative, Revision Revision, DateTime UpdatedAt, InitiativeContent Content);

/// <summary>One page of a list: its items, its number (from 1), how many pages and items in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int PageCount, int Total)
{
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
}
