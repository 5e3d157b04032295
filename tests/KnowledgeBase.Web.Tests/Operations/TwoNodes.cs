using KnowledgeBase.Core.Data;

namespace KnowledgeBase.Web.Tests.Operations;

/// <summary>
/// Two real site processes on one PostgreSQL database, started at the same moment on a
/// database that does not exist yet, each with its own data and search-index folders; and an
/// in-process site without background workers on the same database, to arrange and read data.
/// One browser (one cookie container) talks to both nodes, as behind a load balancer.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public SiteFactory Shared { get; } = new(DatabaseProvider.PostgreSql) { RunsBackgroundWorkers = false };
    public SiteProcess A { get; } = new();
    public SiteProcess B { get; } = new();
    public CookieContainer Cookies { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var (node, name) in new[] { (A, "noeud-a"), (B, "noeud-b") })
        {
            node.Settings["Database:Provider"] = "PostgreSql";
            node.Settings["ConnectionStrings:PostgreSql"] = Shared.ServerConnectionString!;
            node.Settings["KnowledgeBase:NodeName"] = name;
            node.Settings["Reviews:ReminderPollInterval"] = "00:00:01";
            node.Settings["Logging:LogLevel:KnowledgeBase.Startup"] = "Information";
        }
        await Task.WhenAll(A.Start(), B.Start());
    }

    /// <summary>A client of <paramref name="node"/> sharing the cookies of every other one.</summary>
    public HttpClient Browser(SiteProcess node) => node.Client(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false });

    public async Task DisposeAsync()
    {
        A.Dispose();
        B.Dispose();
        await Shared.DisposeAsync();
    }
}
