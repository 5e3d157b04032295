using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>A site whose account forms accept two posts per minute and per address.</summary>
public class LowRateLimitSite : SiteFactory
{
    protected LowRateLimitSite(DatabaseProvider provider) : base(provider) => Settings["RateLimits:Accounts:PermitLimit"] = "2";
}

public sealed class SqliteLowRateLimitSite() : LowRateLimitSite(DatabaseProvider.Sqlite);

public sealed class PostgreSqlLowRateLimitSite() : LowRateLimitSite(DatabaseProvider.PostgreSql);

/// <summary>Sign-in, sign-up and password forms are rate-limited per client address, with a French 429 page.</summary>
public abstract class RateLimitTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : LowRateLimitSite
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_the_french_429_page()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 2; attempt++)
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SignIn.Submit(client, "quelqu-un@example.org", "pas le bon mot de passe")).StatusCode);

        var limited = await SignIn.Submit(client, "quelqu-un@example.org", "pas le bon mot de passe");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        var page = await Html.Parse(limited);
        Assert.Equal("Trop de tentatives", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));

        // Reading pages is not limited, and each form has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte/connexion")).StatusCode);
        var forgot = await Forms.Submit(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = "quelqu-un@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, forgot.StatusCode);
    }

    [Fact]
    public async Task Sign_up_reset_and_confirmation_forms_are_limited_too()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // Any form's token serves: it belongs to the visitor, not to one form.
        var token = await Html.AnyToken(client);
        foreach (var form in new[] { "/compte/inscription", "/compte/reinitialisation", "/compte/renvoyer-confirmation" })
        {
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var fields = new Dictionary<string, string> { ["Email"] = "x", ["__RequestVerificationToken"] = token };
                statuses.Add((await client.PostAsync(form, new FormUrlEncodedContent(fields))).StatusCode);
            }
            Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
            Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        }
    }
}

public sealed class SqliteRateLimitTests(SqliteLowRateLimitSite site) : RateLimitTests<SqliteLowRateLimitSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlRateLimitTests(PostgreSqlLowRateLimitSite site) : RateLimitTests<PostgreSqlLowRateLimitSite>(site);
