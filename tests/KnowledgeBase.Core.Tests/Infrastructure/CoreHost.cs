using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Notifications;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Tests.Infrastructure;

/// <summary>
/// Core's services without the web, on a real, empty database of their own (a temporary SQLite
/// file, or a fresh database on the PostgreSQL of KB_TEST_POSTGRES or the SQL Server of
/// KB_TEST_SQLSERVER), prepared as the site prepares its database at start-up: the real
/// migrations, then content/ imported. Composed as the site composes them
/// (<see cref="CoreServices.AddKnowledgeBaseCore"/>); what is the host's is given here:
/// Identity's stores, links to http://localhost (the address of a test site), a search index
/// in a temporary folder. No background workers: mail stays in the outbox (read with
/// <see cref="Mailbox"/>), the index applies its tasks when a test asks (<see cref="Indexer"/>).
/// </summary>
public class CoreHost : IServiceHost, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-core-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? services;

    public CoreHost(DatabaseProvider provider)
    {
        Provider = provider;
        ConnectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(folder, "knowledgebase.db")}"
            : TestServers.NewDatabase(provider);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public IServiceProvider Services => services ?? throw new InvalidOperationException("Hôte de test non démarré.");

    /// <summary>What a test class changes in the services (the options the site binds from its settings).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public KnowledgeBaseDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddKnowledgeBaseDbContext(Provider, _ => ConnectionString);
        collection.AddKnowledgeBaseSearchIndex(_ => Path.Combine(folder, "search-index"));
        collection.AddIdentityCore<Member>().AddRoles<IdentityRole>().AddEntityFrameworkStores<KnowledgeBaseDbContext>();
        collection.AddSingleton<ISiteLinks, LocalSiteLinks>();
        collection.AddKnowledgeBaseCore();
        Configure(collection);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await using var scope = Scope();
        Db(scope).MigrateAndTune();
        var report = scope.ServiceProvider.GetRequiredService<ContentImporter>().Import(RepositoryPaths.Content);
        if (report.Errors.Count > 0)
            throw new InvalidOperationException($"content/ ne s'importe pas : {string.Join("; ", report.Errors.Select(e => $"{e.File} : {e.Reason}"))}");
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            if (Provider != DatabaseProvider.Sqlite) await TestServers.DropDatabase(this);
            await services.DisposeAsync();
        }
        TestServers.RemoveFolder(folder);
    }

    /// <summary>Links as a test site makes them (no public address configured, no real server).</summary>
    private sealed class LocalSiteLinks : ISiteLinks
    {
        public string Absolute(string pathAndQuery) => "http://localhost" + pathAndQuery;
    }
}

/// <summary>Core's services on SQLite, shared by a test class.</summary>
public sealed class SqliteHost() : CoreHost(DatabaseProvider.Sqlite);

/// <summary>Core's services on PostgreSQL, shared by a test class.</summary>
public sealed class PostgreSqlHost() : CoreHost(DatabaseProvider.PostgreSql);

/// <summary>Core's services on SQL Server, shared by a test class (see SqlServerVariants.cs).</summary>
public sealed class SqlServerHost() : CoreHost(DatabaseProvider.SqlServer);
