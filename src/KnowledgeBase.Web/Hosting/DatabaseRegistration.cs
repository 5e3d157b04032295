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
        builder.Services.AddKnowledgeBaseDbContext(provider, sp =>
            {
                if (!string.IsNullOrWhiteSpace(connectionString)) return connectionString;
                if (provider != DatabaseProvider.Sqlite)
                    throw new InvalidOperationException($"ConnectionStrings:{provider} est requis quand Database:Provider vaut {provider}.");
                var paths = sp.GetRequiredService<AppPaths>();
                Directory.CreateDirectory(paths.DataFolder);
                return $"Data Source={Path.Combine(paths.DataFolder, "knowledgebase.db")}";
            },
            (sp, options) => options.AddInterceptors(sp.GetRequiredService<PublishedPagesEviction>()));
        return builder;
    }
}
