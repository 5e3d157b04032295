namespace KnowledgeBase.Core.Data;

/// <summary>The embedded database (default). Migrations: Data/Migrations/Sqlite.</summary>
public sealed class SqliteKnowledgeBaseDbContext(DbContextOptions<SqliteKnowledgeBaseDbContext> options)
    : KnowledgeBaseDbContext(options);

/// <summary>The server database for several web nodes. Migrations: Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlKnowledgeBaseDbContext(DbContextOptions<PostgreSqlKnowledgeBaseDbContext> options)
    : KnowledgeBaseDbContext(options);

/// <summary>
/// SQL Server (2019 or later, or Azure SQL), for IT departments that run it. Migrations:
/// Data/Migrations/SqlServer.
/// </summary>
public sealed class SqlServerKnowledgeBaseDbContext(DbContextOptions<SqlServerKnowledgeBaseDbContext> options)
    : KnowledgeBaseDbContext(options);
