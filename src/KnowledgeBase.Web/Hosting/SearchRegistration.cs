using KnowledgeBase.Core.Content;
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
        services.AddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<AppPaths>();
            var synonyms = TaxonomyFiles.ReadSynonyms(paths.ContentFolder).Select(g => (IReadOnlyList<string>)g).ToList();
            return new SearchIndexHost(paths.SearchIndexFolder, synonyms);
        });
        services.AddScoped<SearchIndexSync>();
        services.AddScoped<InitiativeSearch>();
        services.AddHostedService<SearchIndexWorker>();
        return builder;
    }
}
