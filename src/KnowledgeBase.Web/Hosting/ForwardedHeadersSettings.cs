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
