using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KnowledgeBase.Core.Data;

/// <summary>
/// Makes the start-up work of nodes that start at once (migrations, then the first content
/// import) run on one node at a time: the first migrates and imports, the others wait, then
/// find nothing left to do. A lock of the database server held by a connection of its own:
/// a PostgreSQL session advisory lock, or SQL Server's <c>sp_getapplock</c>; it goes with the
/// connection if the process dies. SQLite serves one node only and needs none. EF Core's own
/// migration lock covers <c>Migrate()</c> alone, not the import that follows it.
/// </summary>
public static class StartupLock
{
    // Any fixed 64-bit number, the same on every node: "KBSTARTU" in ASCII.
    private const long AdvisoryKey = 0x4B42_5354_4152_5455;
    private const string AppLockResource = "KnowledgeBase.Startup";

    /// <summary>Waits for the lock (creating the database first if it does not exist yet) and returns it; dispose to release.</summary>
    public static IDisposable Acquire(KnowledgeBaseDbContext db, TimeSpan timeout)
    {
        if (db.Database.IsSqlite()) return new Held(null);
        EnsureDatabaseExists(db);
        var connectionString = db.Database.GetConnectionString()!;
        DbConnection connection = db.Database.IsNpgsql() ? new NpgsqlConnection(connectionString) : new SqlConnection(connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandTimeout = (int)Math.Ceiling(timeout.TotalSeconds) + 5;
            if (db.Database.IsNpgsql())
            {
                command.CommandText = $"SELECT pg_advisory_lock({AdvisoryKey})";
                command.ExecuteNonQuery();
            }
            else
            {
                command.CommandText = "DECLARE @r int; EXEC @r = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @timeout; SELECT @r;";
                command.Parameters.Add(new SqlParameter("@resource", AppLockResource));
                command.Parameters.Add(new SqlParameter("@timeout", (int)timeout.TotalMilliseconds));
                // 0: granted at once, 1: granted after waiting; negative: timeout, deadlock or error.
                if (Convert.ToInt32(command.ExecuteScalar()) < 0)
                    throw new TimeoutException($"Verrou de démarrage {AppLockResource} non obtenu en {timeout.TotalSeconds} s.");
            }
            return new Held(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // Two nodes starting on a database that does not exist yet both try to create it: the
    // loser's "already exists" is the outcome it wanted.
    private static void EnsureDatabaseExists(KnowledgeBaseDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (creator.Exists()) return;
        try
        {
            creator.Create();
        }
        catch (Exception e) when (e is PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation }
                                      or SqlException { Number: 1801 })
        {
        }
    }

    // Closing the connection ends the session, which releases a session-level lock on both
    // servers (and Npgsql's pool resets a reused connection with DISCARD ALL); unlocking
    // explicitly first keeps it short when the pool keeps the connection.
    private sealed class Held(DbConnection? connection) : IDisposable
    {
        public void Dispose()
        {
            if (connection is null) return;
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = connection is NpgsqlConnection
                    ? $"SELECT pg_advisory_unlock({AdvisoryKey})"
                    : $"EXEC sp_releaseapplock @Resource = N'{AppLockResource}', @LockOwner = 'Session'";
                command.ExecuteNonQuery();
            }
            catch (DbException)
            {
                // The connection is gone: so is the lock.
            }
            connection.Dispose();
        }
    }
}
