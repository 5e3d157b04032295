namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>
/// Behind a trusted proxy (ForwardedHeaders:KnownProxies = loopback here), X-Forwarded-For is
/// the client: a stranger guessing a member's password from one address blocks only that
/// address; the account itself is locked only after many failures from everywhere, and its
/// owner gets an unlock link by email. Cookies are Secure when the proxy says HTTPS.
/// </summary>
public sealed class LockoutTests(ProxiedKestrelSite site) : IClassFixture<ProxiedKestrelSite>
{
    private HttpClient From(string address)
    {
        var client = site.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    [Fact]
    public async Task A_stranger_cannot_lock_a_member_out_and_a_locked_account_is_unlocked_by_email()
    {
        var member = await SignIn.CreateMember(site);
        var stranger = From("203.0.113.7");
        for (var attempt = 0; attempt < 3; attempt++) await SignIn.Submit(stranger, member.Email, "devinette");
        var blocked = await Html.Parse(await SignIn.Submit(stranger, member.Email, member.Password));
        Assert.StartsWith("Trop de tentatives infructueuses depuis cet appareil", blocked.QuerySelector(".form-error")?.TextContent);

        // The member, elsewhere, signs in as usual.
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.Submit(From("198.51.100.20"), member.Email, member.Password)).StatusCode);

        // Guesses from many places lock the account; its owner is mailed an unlock link.
        for (var n = 0; n < 7; n++) await SignIn.Submit(From($"192.0.2.{n + 1}"), member.Email, "devinette");
        var locked = await Html.Parse(await SignIn.Submit(From("198.51.100.20"), member.Email, member.Password));
        Assert.StartsWith("Trop de tentatives infructueuses : ce compte est bloqué", locked.QuerySelector(".form-error")?.TextContent);
        var mail = await Mailbox.WaitFor(site, member.Email);
        Assert.Equal("Votre compte est temporairement bloqué", mail.Subject);

        var owner = From("198.51.100.20");
        var (unlocked, page) = await Html.Get(owner, mail.Link("/compte/deblocage"));
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal("Compte débloqué", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.Submit(owner, member.Email, member.Password)).StatusCode);
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_trusted_proxy_says_https()
    {
        var proxied = From("198.51.100.30");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        Assert.Contains((await proxied.GetAsync("/compte/connexion")).Headers.GetValues("Set-Cookie"),
            c => c.StartsWith(".AspNetCore.Antiforgery.") && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain((await From("198.51.100.31").GetAsync("/compte/connexion")).Headers.GetValues("Set-Cookie"),
            c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Without a configured proxy, X-Forwarded-For is just a header: it changes nobody's rate limit.</summary>
public sealed class UntrustedForwardedHeadersTests(Accounts.SqliteLowRateLimitSite site) : IClassFixture<Accounts.SqliteLowRateLimitSite>
{
    [Fact]
    public async Task A_forwarded_for_header_from_anyone_does_not_reset_the_rate_limit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var n = 0; n < 3; n++)
        {
            var client = site.NewClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{n + 1}");
            statuses.Add((await Forms.Submit(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = "x@example.org" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
