using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Insights;

/// <summary>Writes the counts of <see cref="QueryLog"/> into the daily aggregates, and purges old ones.</summary>
public sealed class QueryLogStore(KnowledgeBaseDbContext db, QueryLog log, IOptions<QueryLogOptions> options, TimeProvider clock)
{
    /// <summary>Writes what this node counted; on failure the counts go back to memory for the next try.</summary>
    public int Flush()
    {
        var counts = log.Take();
        var written = 0;
        try
        {
            foreach (var count in counts)
            {
                Add(count);
                written++;
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.Restore(counts.Skip(written));
            throw;
        }
        return written;
    }

    /// <summary>Removes the aggregates older than the retention period; returns how many days of queries went.</summary>
    public int Purge()
    {
        var months = Math.Max(1, options.Value.RetentionMonths);
        var oldest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(-months);
        return db.SearchQueries.Where(q => q.Day < oldest).ExecuteDelete();
    }

    // Several nodes write the same day's rows: an atomic increment first, an insert when the
    // row does not exist yet, and the increment again if another node inserted it meanwhile.
    private void Add(QueryCount count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = db.SearchQueries.Where(q => q.Day == count.Day && q.Query == count.Query)
                .ExecuteUpdate(s => s.SetProperty(q => q.Searches, q => q.Searches + count.Searches).SetProperty(q => q.Results, count.Results));
            if (updated > 0) return;
            db.SearchQueries.Add(new SearchQueryDay { Day = count.Day, Query = count.Query, Searches = count.Searches, Results = count.Results });
            try
            {
                db.SaveChanges();
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
