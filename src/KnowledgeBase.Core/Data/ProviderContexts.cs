using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Core.Data;

/// <summary>The embedded database (default). Migrations: Data/Migrations/Sqlite.</summary>
public sealed class SqliteKnowledgeBaseDbContext(DbContextOptions<SqliteKnowledgeBaseDbContext> options)
    : KnowledgeBaseDbContext(options);

/// <summary>The server database for several web nodes. Migrations: Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlKnowledgeBaseDbContext(DbContextOptions<PostgreSqlKnowledgeBaseDbContext> options)
    : KnowledgeBaseDbContext(options);
