using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// The real site on a real, empty database of its own: a temporary SQLite file, a fresh
/// PostgreSQL database on the server that tests/run.sh starts (KB_TEST_POSTGRES), or a fresh
/// database on the SQL Server given by KB_TEST_SQLSERVER (a connection string without database).
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>, IServiceHost
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-tests", Guid.NewGuid().ToString("N"));

    public SiteFactory(DatabaseProvider provider, string? contentFolder = null) : this(provider, contentFolder, null)
    {
    }

    /// <summary>A site on a fresh database of the given server (a connection string without database), not the default test server.</summary>
    public SiteFactory(DatabaseProvider provider, string? contentFolder, string? server)
    {
        Provider = provider;
        ContentFolder = contentFolder ?? RepositoryPaths.Content;
        Directory.CreateDirectory(folder);
        if (provider != DatabaseProvider.Sqlite) ServerConnectionString = TestServers.NewDatabase(provider, server);
    }

    public DatabaseProvider Provider { get; }
    public string ContentFolder { get; }
    public string DataFolder => Path.Combine(folder, "data");
    public string SearchIndexFolder => Path.Combine(folder, "search-index");
    /// <summary>The connection string of this site's own database on PostgreSQL or SQL Server.</summary>
    public string? ServerConnectionString { get; }

    /// <summary>
    /// False for a site that only arranges and reads data on a database that site processes
    /// share (Operations/TwoNodesTests): its indexer, reminders and mail must not compete with theirs.
    /// </summary>
    public bool RunsBackgroundWorkers { get; init; } = true;

    /// <summary>Extra settings for a test class (applied after the defaults).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            [$"ConnectionStrings:{Provider}"] = ServerConnectionString,
            ["KnowledgeBase:DataPath"] = DataFolder,
            ["KnowledgeBase:ContentPath"] = ContentFolder,
            ["KnowledgeBase:SearchIndexPath"] = SearchIndexFolder,
            ["Search:PollInterval"] = "00:00:00.100",
            ["Health:Token"] = HealthDetails.Token,
            // Tests sign in many times from one address; Accounts/RateLimitTests lowers it again.
            ["RateLimits:Accounts:PermitLimit"] = "10000",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (!RunsBackgroundWorkers) builder.ConfigureTestServices(services => services.RemoveAll<IHostedService>());
        if (Environment.GetEnvironmentVariable(FileErrorLog.Variable) is { Length: > 0 } log)
            builder.ConfigureLogging(l => l.AddProvider(new FileErrorLog(log)));
    }

    /// <summary>The address clients must use; null for the in-memory test server.</summary>
    protected virtual Uri? ServerAddress => null;

    /// <summary>A client of this site (in memory, or over HTTP for a real server).</summary>
    public HttpClient NewClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions? options = null)
    {
        options ??= new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        if (ServerAddress is not { } address) return CreateClient(options);
        // A real server: a real HTTP client, with its own cookies, following redirects only if asked.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = options.AllowAutoRedirect, UseCookies = options.HandleCookies, CookieContainer = new System.Net.CookieContainer(),
        };
        return new HttpClient(handler) { BaseAddress = address };
    }

    /// <summary>A scope on the site's services, for arranging and checking data directly.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public KnowledgeBaseDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();

    public override async ValueTask DisposeAsync()
    {
        if (ServerConnectionString is not null) await TestServers.DropDatabase(this);
        await base.DisposeAsync();
        TestServers.RemoveFolder(folder);
        GC.SuppressFinalize(this);
    }
}

/// <summary>One site on SQLite shared by a test class.</summary>
public sealed class SqliteSite() : SiteFactory(DatabaseProvider.Sqlite);

/// <summary>One site on PostgreSQL shared by a test class.</summary>
public sealed class PostgreSqlSite() : SiteFactory(DatabaseProvider.PostgreSql);

/// <summary>One site on SQL Server shared by a test class (see SqlServerVariants.cs).</summary>
public sealed class SqlServerSite() : SiteFactory(DatabaseProvider.SqlServer);
