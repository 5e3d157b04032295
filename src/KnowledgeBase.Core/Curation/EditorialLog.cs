namespace KnowledgeBase.Core.Curation;

/// <summary>The log of what editors curate: each change adds an entry in the same SaveChanges.</summary>
public sealed class EditorialLog(KnowledgeBaseDbContext db, TimeProvider clock)
{
    public const int PageSize = 200;

    /// <summary>Adds an entry to the pending changes (saved with them).</summary>
    public void Add(string area, Actor? actor, string text) =>
        db.EditorialLog.Add(new EditorialLogEntry
        {
            At = clock.GetUtcNow().UtcDateTime, ActorId = actor?.MemberId, Area = area,
            Text = text.Length <= EditorialLogEntry.TextMaxLength ? text : text[..(EditorialLogEntry.TextMaxLength - 1)] + "…",
        });

    /// <summary>The latest entries, newest first, with the name of who did it; of one area when given.</summary>
    public IReadOnlyList<LogLine> Latest(string? area = null, int count = PageSize) =>
        (from e in db.EditorialLog.AsNoTracking()
         where area == null || e.Area == area
         join m in db.Users on e.ActorId equals m.Id into actors
         from m in actors.DefaultIfEmpty()
         orderby e.At descending, e.Id descending
         select new LogLine(e.At, e.Area, m == null ? null : m.DisplayName, e.Text)).Take(count).ToList();
}

/// <summary>One line of the editorial log.</summary>
public sealed record LogLine(DateTime At, string Area, string? Actor, string Text);
