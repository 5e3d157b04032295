using System.Diagnostics;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// A second throwaway PostgreSQL cluster that tests/run.sh starts for the fault test alone, so
/// that stopping it cannot disturb the tests running on the first one. Given by KB_FAULT_POSTGRES
/// (connection string without database), KB_FAULT_PG_CTL (pg_ctl), KB_FAULT_PG_DATA (its data
/// folder, settings in its postgresql.conf) and KB_FAULT_PG_USER (the system user it runs as).
/// </summary>
public sealed class FaultCluster
{
    private readonly string pgCtl;
    private readonly string dataFolder;
    private readonly string? user;

    private FaultCluster(string server, string pgCtl, string dataFolder, string? user)
    {
        Server = server;
        this.pgCtl = pgCtl;
        this.dataFolder = dataFolder;
        this.user = user;
    }

    public string Server { get; }

    public static FaultCluster FromEnvironment()
    {
        string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} n'est pas défini : lancez tests/run.sh, qui démarre un second PostgreSQL jetable pour le test de panne.");
        return new FaultCluster(Need("KB_FAULT_POSTGRES"), Need("KB_FAULT_PG_CTL"), Need("KB_FAULT_PG_DATA"),
            Environment.GetEnvironmentVariable("KB_FAULT_PG_USER") is { Length: > 0 } u && u != Environment.UserName ? u : null);
    }

    /// <summary>Stops the server at once, as a crash would (no checkpoint; recovery from the WAL at the next start).</summary>
    public Task Stop() => PgCtl("-D", dataFolder, "-m", "immediate", "-w", "stop");

    public Task Start() => PgCtl("-D", dataFolder, "-l", Path.Combine(dataFolder, "..", "fault.log"), "-w", "start");

    private async Task PgCtl(params string[] arguments)
    {
        var info = new ProcessStartInfo(user is null ? pgCtl : "runuser")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            // The server's user must be able to read the folder it starts from.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (user is not null) foreach (var a in new[] { "-u", user, "--", pgCtl }) info.ArgumentList.Add(a);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} : {await output}{await errors}");
    }
}
