using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KnowledgeBase.Web.Hosting;

public static class ForwardedHeadersRegistration
{
    public static IHostApplicationBuilder AddKnowledgeBaseForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("ForwardedHeaders").Get<ForwardedHeadersSettings>() ?? new();
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, settings.ForwardLimit);
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies : « {proxy} » n'est pas une adresse IP."));
            foreach (var network in settings.KnownNetworks)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks : « {network} » n'est pas un réseau CIDR (10.0.0.0/24)."));
        });
        return builder;
    }

    /// <summary>First in the pipeline, and only when proxies are configured.</summary>
    public static void UseKnowledgeBaseForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ForwardedHeadersSettings>().Any) app.UseForwardedHeaders();
    }
}
