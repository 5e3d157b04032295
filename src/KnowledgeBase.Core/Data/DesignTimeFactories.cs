using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgeBase.Core.Data;

// Used only by `dotnet ef` (see docs/migrations.md): the connection strings are placeholders,
// migrations are generated from the model without connecting.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKnowledgeBaseDbContext>
{
    public SqliteKnowledgeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKnowledgeBaseDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlKnowledgeBaseDbContext>
{
    public PostgreSqlKnowledgeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlKnowledgeBaseDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKnowledgeBaseDbContext>
{
    public SqlServerKnowledgeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerKnowledgeBaseDbContext>().UseSqlServer("Server=localhost;Database=design").Options);
}
