using KnowledgeBase.Web.Api;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The observatory, exports, feeds, the personal selection and the public read API.</summary>
public static class OpenDataRegistration
{
    public static IHostApplicationBuilder AddKnowledgeBaseOpenData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<Features.Initiatives.InitiativePages>();
        services.AddScoped<Features.Shared.InitiativeExports>();
        services.AddScoped<Features.Feeds.AtomFeeds>();
        services.AddScoped<Features.Sitemap.PublicPages>();
        builder.AddKnowledgeBaseApi();
        return builder;
    }

    /// <summary>The API group, its OpenAPI document and CORS (after routing, before the endpoints).</summary>
    public static void MapKnowledgeBaseOpenData(this WebApplication app)
    {
        app.MapOpenApi(ApiRegistration.DocumentPath).RequireCors(PublicApi.CorsPolicy);
        app.MapKnowledgeBaseApi();
    }
}
