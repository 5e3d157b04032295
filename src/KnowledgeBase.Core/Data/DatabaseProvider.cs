using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Core.Data;

/// <summary>
/// The database engines the site runs on, chosen by <c>Database:Provider</c>. Adding SQL
/// Server means: one package (Microsoft.EntityFrameworkCore.SqlServer), one context subclass,
/// one case below and one migration set.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
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
            default:
                options.UseSqlite(connectionString);
                break;
        }
    }

    /// <summary>The concrete context type that carries the provider's migration set.</summary>
    public static Type ContextType(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => typeof(PostgreSqlKnowledgeBaseDbContext),
        _ => typeof(SqliteKnowledgeBaseDbContext),
    };
}
