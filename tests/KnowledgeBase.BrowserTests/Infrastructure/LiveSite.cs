using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.BrowserTests.Infrastructure;

/// <summary>
/// The real site served by Kestrel on a free loopback port, with a fresh SQLite database and
/// search index in a temporary folder; the example content is imported at start, as in production.
/// </summary>
public sealed class LiveSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-browser-tests", Guid.NewGuid().ToString("N"));

    public LiveSite()
    {
        Directory.CreateDirectory(folder);
        // Port 0: the system picks a free port; the address is read back once Kestrel listens.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The site's root address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>Where the site writes its emails (.eml files) in tests.</summary>
    public string MailFolder => Path.Combine(folder, "data", "mail-pickup");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("KnowledgeBase:DataPath", Path.Combine(folder, "data"));
        builder.UseSetting("KnowledgeBase:ContentPath", RepositoryPaths.Content);
        builder.UseSetting("KnowledgeBase:SearchIndexPath", Path.Combine(folder, "search-index"));
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.Single());
        await WaitUntilReady();
    }

    // The search index is built in the background at start; journeys search, so wait for it.
    private async Task WaitUntilReady()
    {
        using var http = new HttpClient { BaseAddress = Address };
        await Poll.Until(async () =>
        {
            var ready = await http.GetAsync("/health/ready");
            return ready.IsSuccessStatusCode && await ready.Content.ReadAsStringAsync() == "Healthy";
        }, "le site est prêt (index de recherche)");
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Browser test classes share one site and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "Live site";
}
