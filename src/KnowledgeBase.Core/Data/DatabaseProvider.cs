namespace KnowledgeBase.Core.Data;

/// <summary>
/// The database engines the site runs on, chosen by <c>Database:Provider</c>. Each has one
/// context subclass and one migration set (docs/decisions/004).
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DatabaseProviders
{
    /// <summary>Configures <paramref name="options"/> for the provider and connection string.</summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString);
                break;
            default:
                options.UseSqlite(connectionString);
                break;
        }
    }
}
