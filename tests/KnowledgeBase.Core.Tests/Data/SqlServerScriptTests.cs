using KnowledgeBase.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace KnowledgeBase.Core.Tests.Data;

/// <summary>
/// No SQL Server can run on our machines: what can be checked without one is checked here.
/// The idempotent deployment script (what `dotnet ef migrations script --idempotent` writes)
/// must parse as T-SQL, and the schema must be one that SQL Server accepts, which it refuses
/// for some models that SQLite and PostgreSQL take (several cascade paths to one table).
/// </summary>
public class SqlServerScriptTests
{
    [Fact]
    public void The_idempotent_migration_script_is_valid_T_SQL()
    {
        var script = SqlServerScript.Idempotent();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "sqlserver-migrations.sql"), script);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var parsed = parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"ligne {e.Line} : {e.Message}")));
        var tables = new CreatedTables();
        parsed.Accept(tables);
        using var db = SqlServerScript.Context();
        var expected = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct().Count();
        Assert.Equal(expected + 1, tables.Count); // + the migrations history
        // Each migration is applied only when absent from the history: running the script twice is harmless.
        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.Replace("\r\n", "\n"));
        foreach (var migration in SqlServerScript.Context().Database.GetMigrations())
            Assert.Contains($"N'{migration}'", script);
    }

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths_or_a_cascade_cycle()
    {
        using var db = SqlServerScript.Context();
        var cascades = db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            // An owned type in its owner's table (the write-up's card) is no foreign key in SQL.
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && !fk.IsOwnership)
            .Select(fk => (From: fk.PrincipalEntityType.GetTableName()!, To: fk.DeclaringEntityType.GetTableName()!))
            .ToList();
        foreach (var start in cascades.Select(c => c.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            Walk(start, [start]);
            var doubled = paths.Where(p => p.Value > 1).Select(p => p.Key).ToList();
            Assert.True(doubled.Count == 0, $"SQL Server refuserait plusieurs chemins de cascade de {start} vers {string.Join(", ", doubled)}.");

            void Walk(string table, List<string> seen)
            {
                foreach (var (_, to) in cascades.Where(c => c.From == table))
                {
                    Assert.False(seen.Contains(to), $"Cycle de cascades : {string.Join(" → ", seen)} → {to}.");
                    paths[to] = paths.GetValueOrDefault(to) + 1;
                    Walk(to, [.. seen, to]);
                }
            }
        }
    }

    [Fact]
    public void Every_indexed_text_column_has_a_length_SQL_Server_can_index()
    {
        using var db = SqlServerScript.Context();
        var model = db.GetService<IDesignTimeModel>().Model;
        var unbounded = model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().SelectMany(i => i.Properties).Concat(e.GetKeys().SelectMany(k => k.Properties)))
            .Where(p => p.ClrType == typeof(string) && p.GetColumnType() is { } type && type.Contains("max"))
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}")
            .Distinct()
            .ToList();
        Assert.True(unbounded.Count == 0, "Colonnes nvarchar(max) indexées : " + string.Join(", ", unbounded));
    }
}

internal sealed class CreatedTables : TSqlFragmentVisitor
{
    public int Count { get; private set; }

    public override void Visit(CreateTableStatement node) => Count++;
}

internal static class SqlServerScript
{
    public static SqlServerKnowledgeBaseDbContext Context() => new(
        new DbContextOptionsBuilder<SqlServerKnowledgeBaseDbContext>().UseSqlServer("Server=localhost;Database=unused").Options);

    /// <summary>The script a DBA runs: every migration, each guarded by the history table.</summary>
    public static string Idempotent()
    {
        using var db = Context();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
