using KnowledgeBase.Core.Curation;

namespace KnowledgeBase.Core.Insights;

/// <summary>
/// What visitors search and fail to find, for editors: the most frequent queries and the
/// queries whose last search found nothing over a period, from the daily aggregates; and the
/// write-ups editors noted as missing from those queries.
/// </summary>
public sealed class SearchInsights(KnowledgeBaseDbContext db, EditorialLog log, TimeProvider clock)
{
    public const int ListSize = 50;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The queries of the period (both days included), most searched first.</summary>
    public InsightsReport Report(DateOnly from, DateOnly to, int count = ListSize)
    {
        var period = db.SearchQueries.AsNoTracking().Where(q => q.Day >= from && q.Day <= to);
        // Each query's row of its last day in the period: its number of results is the current answer.
        var lastRows = period.Where(q => !period.Any(later => later.Query == q.Query && later.Day > q.Day));
        var totals = period.GroupBy(q => q.Query).Select(g => new { Query = g.Key, Searches = g.Sum(q => q.Searches) });
        var emptyNow = lastRows.Where(q => q.Results == 0).Select(q => q.Query);
        var frequent = Lines(totals.OrderByDescending(t => t.Searches).ThenBy(t => t.Query).Take(count).ToList()
            .Select(t => (t.Query, t.Searches)).ToList(), lastRows);
        var failed = Lines(totals.Where(t => emptyNow.Contains(t.Query)).OrderByDescending(t => t.Searches).ThenBy(t => t.Query).Take(count)
            .ToList().Select(t => (t.Query, t.Searches)).ToList(), lastRows);
        return new InsightsReport(from, to, period.Sum(q => (int?)q.Searches) ?? 0, frequent, failed);
    }

    // The lines in the order given, with the results and day of each query's last row (the
    // database translates these two simple queries everywhere; a join on a grouping it does not).
    private static List<QueryLine> Lines(List<(string Query, int Searches)> totals, IQueryable<SearchQueryDay> lastRows)
    {
        var names = totals.Select(t => t.Query).ToList();
        var last = lastRows.Where(q => names.Contains(q.Query)).Select(q => new { q.Query, q.Results, q.Day }).ToList().ToDictionary(q => q.Query);
        return [.. totals.Select(t => new QueryLine(t.Query, t.Searches, last[t.Query].Results, last[t.Query].Day))];
    }

    public IReadOnlyList<ContentGap> OpenGaps() =>
        db.ContentGaps.AsNoTracking().Where(g => g.ResolvedAt == null).OrderByDescending(g => g.NotedAt).ThenByDescending(g => g.Id).Take(200).ToList();

    /// <summary>Notes that the base lacks a write-up answering <paramref name="query"/> (once while open).</summary>
    public EditOutcome NoteGap(string? query, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        if (QueryText.Normalise(query) is not { } text) return EditOutcome.Invalid("query", "Indiquez la recherche restée sans réponse.");
        if (db.ContentGaps.Any(g => g.Query == text && g.ResolvedAt == null)) return EditOutcome.Done;
        db.ContentGaps.Add(new ContentGap { Query = text, NotedAt = clock.GetUtcNow().UtcDateTime, NotedById = actor.MemberId });
        log.Add(EditorialAreas.Searches, actor, $"Fiche manquante notée pour la recherche « {text} ».");
        db.SaveChanges();
        return EditOutcome.Done;
    }

    public EditOutcome ResolveGap(long id, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var gap = db.ContentGaps.SingleOrDefault(g => g.Id == id);
        if (gap is null) return EditOutcome.NotFound;
        if (gap.ResolvedAt is not null) return EditOutcome.Done;
        gap.ResolvedAt = clock.GetUtcNow().UtcDateTime;
        log.Add(EditorialAreas.Searches, actor, $"Fiche manquante pour « {gap.Query} » : traité.");
        db.SaveChanges();
        return EditOutcome.Done;
    }
}

/// <summary>A query over the period: searches in all, and the results of its last search.</summary>
public sealed record QueryLine(string Query, int Searches, int Results, DateOnly LastDay);

/// <summary>The period, the searches counted in it, its most frequent queries and those that found nothing.</summary>
public sealed record InsightsReport(DateOnly From, DateOnly To, int Searches, IReadOnlyList<QueryLine> Frequent, IReadOnlyList<QueryLine> WithoutResults);
