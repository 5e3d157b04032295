using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// The built site run as a separate process (dotnet KnowledgeBase.Web.dll), for what only a
/// real process shows: command-line commands, being killed, and several nodes on one database.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "KnowledgeBase.Web.dll");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-process", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> output = new();
    private Process? server;

    public SiteProcess(string? contentFolder = null)
    {
        Directory.CreateDirectory(folder);
        ContentFolder = contentFolder ?? RepositoryPaths.Content;
    }

    public string ContentFolder { get; set; }
    public string DataFolder => Path.Combine(folder, "data");
    public string SearchIndexFolder => Path.Combine(folder, "search-index");
    public string MailFolder => Path.Combine(DataFolder, "mail-pickup");
    public Dictionary<string, string> Settings { get; } = [];
    /// <summary>ASPNETCORE_ENVIRONMENT of the process.</summary>
    public string Environment { get; set; } = "Testing";
    public Uri? BaseAddress { get; private set; }

    /// <summary>What the running site wrote to its console so far (log lines).</summary>
    public string Output => string.Join("\n", output);

    private IEnumerable<string> SettingArgs()
    {
        yield return $"--KnowledgeBase:DataPath={DataFolder}";
        yield return $"--KnowledgeBase:ContentPath={ContentFolder}";
        yield return $"--KnowledgeBase:SearchIndexPath={SearchIndexFolder}";
        yield return "--Logging:LogLevel:Default=Warning";
        yield return $"--Health:Token={HealthDetails.Token}";
        foreach (var (key, value) in Settings) yield return $"--{key}={value}";
    }

    /// <summary>Runs a command (e.g. "import", folder) to completion: exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> Command(params string[] command)
    {
        using var process = Process.Start(Info([.. command, .. SettingArgs()]))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Starts the site on a free loopback port and waits until it answers.</summary>
    public async Task<HttpClient> Start(HttpMessageHandler? handler = null)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        server = Process.Start(Info([$"--urls={BaseAddress}", .. SettingArgs()]))!;
        server.OutputDataReceived += (_, e) => { if (e.Data is { } line) output.Enqueue(line); };
        server.ErrorDataReceived += (_, e) => { if (e.Data is { } line) output.Enqueue(line); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var client = Client(handler);
        // A process of its own migrates, imports content/ and builds its index before it
        // answers, one node after the other under the start-up lock: a longer bound than
        // Poll's, so that a loaded machine is not taken for a site that does not start.
        await Poll.Until(async () =>
        {
            if (server.HasExited) throw new InvalidOperationException($"Le site s'est arrêté (code {server.ExitCode}) :\n{Output}");
            try { return (await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK; }
            catch (HttpRequestException) { return false; }
        }, "le site démarre", TimeSpan.FromSeconds(90));
        return client;
    }

    /// <summary>A client of the running site; give it a handler with a shared cookie container to be one browser across nodes.</summary>
    public HttpClient Client(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false }, disposeHandler: handler is null) { BaseAddress = BaseAddress };

    /// <summary>Ends the site at once, as a crash or `kill -9` would: no shutdown code runs.</summary>
    public void Kill()
    {
        server?.Kill(entireProcessTree: true);
        server?.WaitForExit();
        server?.Dispose();
        server = null;
    }

    private ProcessStartInfo Info(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = Environment;
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
