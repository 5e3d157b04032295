using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// What editors curate: dossiers, the featured items of the home page, the vocabularies and
/// synonym groups, the editorial log, and the daily aggregates of what visitors search
/// (counted in memory, written in the background, purged after the retention period).
/// </summary>
public static class CurationRegistration
{
    public static IHostApplicationBuilder AddKnowledgeBaseCuration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<EditorialLog>();
        services.AddScoped<DossierEditing>();
        services.AddScoped<WorkingDossiers>();
        services.AddScoped<PublishedDossiers>();
        services.AddScoped<FeaturedItems>();
        services.AddScoped<VocabularyEditing>();
        services.AddScoped<SynonymEditing>();
        services.AddScoped<Features.Vocabulary.VocabularyPages>();
        services.AddScoped<SearchInsights>();
        services.Configure<QueryLogOptions>(builder.Configuration.GetSection("SearchLog"));
        services.AddSingleton<QueryLog>();
        services.AddScoped<QueryLogStore>();
        services.AddHostedService<QueryLogWorker>();
        services.AddHostedService<QueryLogPurgeWorker>();
        return builder;
    }
}
