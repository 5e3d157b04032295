using KnowledgeBase.Core;
using KnowledgeBase.Core.Data;

namespace KnowledgeBase.Web.Hosting;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="KnowledgeBaseDbContext"/> on the provider named by
    /// <c>Database:Provider</c> (Sqlite by default, in DataPath/knowledgebase.db).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseDatabase(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration["Database:Provider"];
        if (!Enum.TryParse<DatabaseProvider>(string.IsNullOrWhiteSpace(configured) ? "Sqlite" : configured, true, out var provider))
            throw new InvalidOperationException($"Database:Provider « {configured} » inconnu : Sqlite, PostgreSql ou SqlServer.");
        var connectionString = builder.Configuration.GetConnectionString(provider.ToString());
        builder.Services.AddSingleton(new DatabaseSettings(provider));
        // Resolved once: every DbContext (one per request) asks for it, and the SQLite default
        // creates its folder.
        builder.Services.AddSingleton(sp => new DatabaseConnection(ConnectionString(provider, connectionString, sp)));
        builder.Services.AddKnowledgeBaseDbContext(provider, sp => sp.GetRequiredService<DatabaseConnection>().Value,
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<PublishedPagesEviction>()));
        return builder;
    }

    private static string ConnectionString(DatabaseProvider provider, string? configured, IServiceProvider services)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"ConnectionStrings:{provider} est requis quand Database:Provider vaut {provider}.");
        var paths = services.GetRequiredService<AppPaths>();
        Directory.CreateDirectory(paths.DataFolder);
        return $"Data Source={Path.Combine(paths.DataFolder, "knowledgebase.db")}";
    }

    /// <summary>The connection string of the database in use.</summary>
    private sealed record DatabaseConnection(string Value);
}
