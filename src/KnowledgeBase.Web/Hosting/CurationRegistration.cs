using KnowledgeBase.Core.Insights;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// What editors curate: dossiers, the featured items of the home page, the vocabularies and
/// synonym groups, the editorial log, and the daily aggregates of what visitors search
/// (counted in memory, written in the background, purged after the retention period). The
/// services are Core's (<see cref="Core.CoreServices"/>); here are the site's pages, settings and workers.
/// </summary>
public static class CurationRegistration
{
    public static IHostApplicationBuilder AddKnowledgeBaseCuration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<Features.Vocabulary.VocabularyPages>();
        services.Configure<QueryLogOptions>(builder.Configuration.GetSection("SearchLog"));
        services.AddHostedService<QueryLogWorker>();
        services.AddHostedService<QueryLogPurgeWorker>();
        return builder;
    }
}
