namespace KnowledgeBase.Core.Leases;

/// <summary>
/// Work that must run once across nodes, not once per node: a node works only while it holds
/// the work's lease. Taking and renewing are one conditional UPDATE ("mine, or expired"), which
/// every provider executes atomically, so two nodes can never both succeed; the row is
/// created on first use, under its primary key. Portable on purpose (no advisory locks, no
/// <c>FOR UPDATE SKIP LOCKED</c>): it runs the same on SQLite, PostgreSQL and SQL Server.
/// Time comes from the nodes' clocks: keep them synchronised (NTP), and leases much longer
/// than the clocks can drift apart.
/// </summary>
public sealed class WorkLeases(KnowledgeBaseDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/>, or renews it when
    /// it already holds it, until now + <paramref name="duration"/>. False when another node
    /// holds it and it has not expired.
    /// </summary>
    public bool TryAcquire(string name, string holder, TimeSpan duration)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var taken = db.WorkLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdate(s => s
                .SetProperty(l => l.AcquiredAt, l => l.Holder == holder && l.ExpiresAt >= now ? l.AcquiredAt : now)
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.ExpiresAt, until));
        if (taken == 1) return true;
        if (db.WorkLeases.AsNoTracking().Any(l => l.Name == name)) return false;
        try
        {
            db.WorkLeases.Add(new WorkLease { Name = name, Holder = holder, AcquiredAt = now, ExpiresAt = until });
            db.SaveChanges();
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node created it a moment ago: it holds it.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives the lease up (at shutdown) so that another node takes over at once.</summary>
    public void Release(string name, string holder)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.WorkLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdate(s => s.SetProperty(l => l.ExpiresAt, now.AddTicks(-1)));
    }

    /// <summary>Who holds <paramref name="name"/> now, if anyone.</summary>
    public WorkLease? Current(string name)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.WorkLeases.AsNoTracking().SingleOrDefault(l => l.Name == name && l.ExpiresAt >= now);
    }
}
