using KnowledgeBase.Core.Data;

namespace KnowledgeBase.Core.Tests.Data;

/// <summary>Every model change must come with a migration for each provider.</summary>
public class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteKnowledgeBaseDbContext(
            new DbContextOptionsBuilder<SqliteKnowledgeBaseDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Modèle modifié sans migration SQLite : voir docs/migrations.md.");
    }

    [Fact]
    public void PostgreSql_migrations_match_the_model()
    {
        using var db = new PostgreSqlKnowledgeBaseDbContext(
            new DbContextOptionsBuilder<PostgreSqlKnowledgeBaseDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Modèle modifié sans migration PostgreSQL : voir docs/migrations.md.");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServerScript.Context();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Modèle modifié sans migration SQL Server : voir docs/migrations.md.");
    }
}
