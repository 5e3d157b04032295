namespace KnowledgeBase.Core.Data;

public static class DatabaseMigration
{
    /// <summary>
    /// Applies migrations and returns how many; on SQLite also switches to write-ahead logging,
    /// so that readers do not wait for writers and each commit costs one sync instead of several.
    /// </summary>
    public static int MigrateAndTune(this KnowledgeBaseDbContext db)
    {
        var pending = db.Database.GetPendingMigrations().Count();
        db.Database.Migrate();
        if (db.Database.IsSqlite()) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        return pending;
    }
}
