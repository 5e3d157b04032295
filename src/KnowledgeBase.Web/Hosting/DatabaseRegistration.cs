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

        // Each provider's migrations belong to its own context subclass; the rest of the code
        // asks for the base type.
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                Register<PostgreSqlKnowledgeBaseDbContext>(builder.Services, provider, connectionString);
                break;
            case DatabaseProvider.SqlServer:
                Register<SqlServerKnowledgeBaseDbContext>(builder.Services, provider, connectionString);
                break;
            default:
                Register<SqliteKnowledgeBaseDbContext>(builder.Services, provider, connectionString);
                break;
        }
        return builder;
    }

    private static void Register<TContext>(IServiceCollection services, DatabaseProvider provider, string? connectionString)
        where TContext : KnowledgeBaseDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            var connection = connectionString;
            if (string.IsNullOrWhiteSpace(connection))
            {
                if (provider != DatabaseProvider.Sqlite)
                    throw new InvalidOperationException($"ConnectionStrings:{provider} est requis quand Database:Provider vaut {provider}.");
                var paths = sp.GetRequiredService<AppPaths>();
                Directory.CreateDirectory(paths.DataFolder);
                connection = $"Data Source={Path.Combine(paths.DataFolder, "knowledgebase.db")}";
            }
            DatabaseProviders.Configure(options, provider, connection);
            options.AddInterceptors(sp.GetRequiredService<PublishedPagesEviction>());
        });
        services.AddScoped<KnowledgeBaseDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}
