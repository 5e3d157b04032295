using KnowledgeBase.Core;
using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Web.Hosting;

public static class SearchRegistration
{
    /// <summary>This node's index, kept in sync by a background worker from the outbox.</summary>
    public static IHostApplicationBuilder AddKnowledgeBaseSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<IndexingOptions>(builder.Configuration.GetSection("Search"));
        services.AddKnowledgeBaseSearchIndex(sp => sp.GetRequiredService<AppPaths>().SearchIndexFolder);
        services.AddHostedService<SearchIndexWorker>();
        return builder;
    }
}
