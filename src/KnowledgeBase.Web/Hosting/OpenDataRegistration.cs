using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Observation;
using KnowledgeBase.Core.Selections;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The observatory, exports, feeds, the personal selection and the public read API.</summary>
public static class OpenDataRegistration
{
    public static IHostApplicationBuilder AddKnowledgeBaseOpenData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<Observatory>();
        services.AddScoped<ContentExporter>();
        services.AddScoped<PersonalSelection>();
        return builder;
    }
}
