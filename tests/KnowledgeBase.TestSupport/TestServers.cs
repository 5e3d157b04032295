using KnowledgeBase.Core.Data;

namespace KnowledgeBase.TestSupport;

/// <summary>
/// The database servers of the integration tests: PostgreSQL where tests/run.sh starts a
/// throwaway one (KB_TEST_POSTGRES), SQL Server where one is given (KB_TEST_SQLSERVER), both
/// as a connection string without database; each test class gets a fresh database of its own.
/// </summary>
public static class TestServers
{
    public const string PostgresVariable = "KB_TEST_POSTGRES";
    public const string SqlServerVariable = "KB_TEST_SQLSERVER";

    /// <summary>The test server's connection string (without database) for a server provider.</summary>
    public static string ServerVariable(DatabaseProvider provider)
    {
        var (name, hint) = provider == DatabaseProvider.SqlServer
            ? (SqlServerVariable, "une chaîne de connexion à un SQL Server de test (aucun ne tourne sur nos machines)")
            : (PostgresVariable, "lancez tests/run.sh, qui démarre un PostgreSQL jetable");
        var server = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(server) ? throw new InvalidOperationException($"{name} n'est pas défini : {hint}.") : server;
    }

    /// <summary>The connection string of a new, unique database on <paramref name="server"/> (by default the test server of the provider).</summary>
    public static string NewDatabase(DatabaseProvider provider, string? server = null) =>
        $"{server ?? ServerVariable(provider)};Database=kb_{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>
    /// Drops a test host's database on its server. A server that cannot be reached is left as
    /// it is: tests/run.sh removes the throwaway cluster anyway.
    /// </summary>
    public static async Task DropDatabase(IServiceHost host)
    {
        try
        {
            await using var scope = host.Scope();
            await host.Db(scope).Database.EnsureDeletedAsync();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.SqlClient.SqlException)
        {
        }
    }

    /// <summary>Removes a test host's folder (SQLite files, index, mail) once the host has stopped.</summary>
    public static void RemoveFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
