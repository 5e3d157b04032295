using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// How big a request may be. Kestrel's own limits are set above the site's, so that a request
/// over the site's limit still reaches the site and gets a French page (<see cref="RequestGate"/>);
/// only what is far beyond (or malformed at the protocol level, such as a NUL byte in the path)
/// is refused by Kestrel itself, with its bare status code.
/// </summary>
public static class RequestLimits
{
    /// <summary>Path and query string: a search box cuts its text well before (<see cref="Features.Search.SearchParameters.MaxQueryLength"/>).</summary>
    public const int MaxUrlLength = 16 * 1024;
    /// <summary>All request headers together (cookies included).</summary>
    public const int MaxHeadersLength = 32 * 1024;
    /// <summary>A whole request body: the largest write-up form is a few megabytes at most; the site takes no uploads.</summary>
    public const long MaxBodyLength = 10 * 1024 * 1024;

    public static IServiceCollection AddKnowledgeBaseRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestLineSize = 4 * MaxUrlLength;
            o.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeadersLength;
            o.Limits.MaxRequestBodySize = MaxBodyLength;
            o.AddServerHeader = false;
        });
        // The framework's defaults, written out: the 1,024 fields and 4 MB per value are far
        // above what the site's forms hold, and exceeding them gets the French 413 page.
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = 1024;
            o.KeyLengthLimit = 2048;
            o.ValueLengthLimit = 4 * 1024 * 1024;
            o.MultipartBodyLengthLimit = MaxBodyLength;
        });
        return services;
    }
}
