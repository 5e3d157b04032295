using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// The site served by Kestrel on a free loopback port (SQLite): for what only a real server
/// shows (its request limits, HEAD, raw bytes, client addresses). Clients from
/// <c>CreateClient</c> talk to it over real HTTP.
/// </summary>
public class KestrelSite : SiteFactory
{
    public KestrelSite() : base(DatabaseProvider.Sqlite) => UseKestrel(0);

    protected override Uri? ServerAddress => Address;

    /// <summary>The server's root address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    /// <summary>A bare client of the server: no cookies, no redirects followed, headers as given.</summary>
    public HttpClient RawClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
}

/// <summary>A Kestrel site behind a trusted proxy on loopback: X-Forwarded-For says who the client is.</summary>
public sealed class ProxiedKestrelSite : KestrelSite
{
    public ProxiedKestrelSite()
    {
        Settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        Settings["ForwardedHeaders:KnownProxies:1"] = "::1";
        Settings["SignIn:ClientAttempts"] = "3";
        Settings["Identity:Lockout:MaxFailedAccessAttempts"] = "7";
    }
}
