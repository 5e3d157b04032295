using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// Read side of what visitors see: only published, non-archived write-ups, always through
/// <see cref="Visible"/> so nothing unpublished can leak into a page.
/// </summary>
public sealed class PublishedInitiatives(KnowledgeBaseDbContext db)
{
    public const int PageSize = 20;

    private IQueryable<Initiative> Visible =>
        db.Initiatives.AsNoTracking().Where(i => i.PublishedRevisionId != null && i.State != WorkflowState.Archived);

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

    /// <summary>Published write-ups per theme slug.</summary>
    public IReadOnlyDictionary<string, int> ThemeCounts() =>
        Visible.Select(i => i.Card!.Themes).AsEnumerable()
            .SelectMany(themes => themes).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Published write-ups per région code and per département code.</summary>
    public (IReadOnlyDictionary<string, int> Regions, IReadOnlyDictionary<string, int> Departements) TerritoryCounts()
    {
        var places = Visible.Select(i => new { i.Card!.RegionCode, i.Card.DepartementCode }).ToList();
        return (places.GroupBy(p => p.RegionCode).ToDictionary(g => g.Key, g => g.Count()),
                places.GroupBy(p => p.DepartementCode).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>The published write-up and its published revision, or null (unknown, unpublished or archived).</summary>
    public PublishedInitiative? Find(string slug)
    {
        if (!Slugs.IsValid(slug)) return null;
        var initiative = Visible.Include(i => i.PublishedRevision).SingleOrDefault(i => i.Slug == slug);
        return initiative?.PublishedRevision is { } revision ? new PublishedInitiative(initiative, revision) : null;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Initiative, InitiativeCard>> ToCard = i =>
        new InitiativeCard(i.Slug, i.Card!.Title, i.Card.Summary, i.Card.Themes, i.Card.RegionCode, i.Card.DepartementCode,
            i.Card.Stage, i.EvidenceLevel, i.IsExample, i.PublishedAt);
}

public enum ListSort { Date, Title }

/// <summary>Filters and order of the write-up list.</summary>
public sealed record ListQuery(string? Theme = null, string? Region = null, string? Departement = null, ListSort Sort = ListSort.Date, int Page = 1);

/// <summary>One write-up in a list.</summary>
public sealed record InitiativeCard(string Slug, string Title, string Summary, List<string> Themes, string RegionCode,
    string DepartementCode, string Stage, EvidenceLevel EvidenceLevel, bool IsExample, DateTime? PublishedAt);

public sealed record PublishedInitiative(Initiative Initiative, Revision Revision)
{
    public InitiativeContent Content => Revision.Content;
}

/// <summary>One page of a list: its items, its number (from 1), how many pages and items in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int PageCount, int Total)
{
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
}
