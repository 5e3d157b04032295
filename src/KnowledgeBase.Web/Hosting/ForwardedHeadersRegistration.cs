using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// The "ForwardedHeaders" section: the reverse proxies whose X-Forwarded-For and
/// X-Forwarded-Proto the site believes (docs/deployment.md). None by default, not even
/// loopback: a header any client can send must not choose the address rate limits and sign-in
/// lockouts count, nor whether cookies are marked Secure.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the proxies, e.g. ["10.0.0.5"].</summary>
    public List<string> KnownProxies { get; set; } = [];
    /// <summary>Networks of the proxies in CIDR notation, e.g. ["10.0.0.0/24"].</summary>
    public List<string> KnownNetworks { get; set; } = [];
    /// <summary>How many proxies in a row may add themselves to X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

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
