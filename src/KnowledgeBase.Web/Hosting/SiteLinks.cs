using KnowledgeBase.Core.Notifications;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Builds absolute links for emails from the configured public address (Email:SiteUrl), or,
/// outside Production, from the address the site listens on. Never from a request: its Host
/// header is chosen by whoever sends it, and a password-reset link must not point to them.
/// </summary>
public sealed class SiteLinks(IOptions<EmailOptions> options, IServer server) : ISiteLinks
{
    public string Absolute(string pathAndQuery) => Base() + pathAndQuery;

    /// <summary>The base address links start with, without a trailing slash.</summary>
    public string Base()
    {
        if (options.Value.SiteUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return listening is null ? "http://localhost" : Reachable(listening);
    }

    // "http://+:5000", "http://0.0.0.0:5000" or "http://[::]:5000" listen everywhere; a link
    // needs a host name.
    private static string Reachable(string address)
    {
        var normalised = address.Replace("://+", "://localhost").Replace("://*", "://localhost")
            .Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");
        return normalised.TrimEnd('/');
    }
}
