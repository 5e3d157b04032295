using KnowledgeBase.Core.Notifications;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Builds absolute links for emails. The configured public address (Email:SiteUrl) wins: the
/// Host header of a request is chosen by whoever sends it, and must not decide where a link
/// in an email points.
/// </summary>
public sealed class SiteLinks(IOptions<EmailOptions> options, IHttpContextAccessor accessor) : ISiteLinks
{
    public string Absolute(string pathAndQuery)
    {
        var site = options.Value.SiteUrl.TrimEnd('/');
        if (site.Length == 0 && accessor.HttpContext?.Request is { } request)
            site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return site + pathAndQuery;
    }
}
