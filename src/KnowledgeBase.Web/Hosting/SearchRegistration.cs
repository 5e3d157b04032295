using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Initiatives;

namespace KnowledgeBase.Web.Hosting;

public static class SearchRegistration
{
    /// <summary>This node's index, kept in sync by a background worker from the outbox.</summary>
    public static IHostApplicationBuilder AddKnowledgeBaseSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<IndexingOptions>(builder.Configuration.GetSection("Search"));
        // The synonym groups are the database's (edited in the site, decision 013), read when the index opens.
        services.AddSingleton(sp => new SearchIndexHost(sp.GetRequiredService<AppPaths>().SearchIndexFolder, () =>
        {
            using var scope = sp.CreateScope();
            return SynonymEditing.Read(scope.ServiceProvider.GetRequiredService<Core.Data.KnowledgeBaseDbContext>());
        }));
        services.AddScoped<SearchIndexSync>();
        services.AddScoped<InitiativeSearch>();
        services.AddHostedService<SearchIndexWorker>();
        return builder;
    }
}
