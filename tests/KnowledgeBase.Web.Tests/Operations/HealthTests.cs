using System.Net.Http.Headers;
using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Operations;

/// <summary>
/// Health for load balancers (live, ready: status only), for monitoring tools (/health/details
/// in the HealthChecks UI JSON, behind a token) and for administrators (/admin/etat in French).
/// </summary>
public abstract class HealthTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly HttpClient anonymous = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Public_endpoints_say_only_healthy_or_unhealthy()
    {
        var live = await anonymous.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());

        await Eventually.IndexCaughtUp(site);
        string body = "";
        await Eventually.True(async () => (body = await anonymous.GetStringAsync("/health/ready")) == "Healthy", "prêt");
        Assert.DoesNotContain("database", body);
    }

    [Fact]
    public async Task Details_need_the_token_or_an_administrator()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/health/details")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/health/details");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HealthDetails.Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(wrong)).StatusCode);
        var member = await SignIn.SignedInClient(site, Roles.Editor);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/health/details")).StatusCode);

        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/health/details")).StatusCode);
    }

    [Fact]
    public async Task Details_are_in_the_HealthChecks_UI_format_with_every_check()
    {
        await Eventually.IndexCaughtUp(site);
        var report = await HealthDetails.Read(anonymous);
        // UIHealthReport: status, totalDuration, entries{name: {data, description, duration, status, tags}}.
        Assert.True(report.TryGetProperty("totalDuration", out _));
        var entries = report.GetProperty("entries");
        foreach (var check in new[] { "database", "migrations", "search-index", "workers", "mail", "disk" })
        {
            var entry = entries.GetProperty(check);
            Assert.True(entry.TryGetProperty("duration", out _), check);
            Assert.Contains(entry.GetProperty("tags").EnumerateArray(), t => t.GetString() == "ready");
        }
        Assert.Equal("Healthy", entries.GetProperty("database").GetProperty("status").GetString());

        var index = report.Data("search-index");
        Assert.True(index.GetProperty("documents").GetInt64() >= 12);
        Assert.Equal(index.GetProperty("latestTask").GetInt64(), index.GetProperty("checkpoint").GetInt64());
        Assert.Equal(0, index.GetProperty("pendingTasks").GetInt64());
        Assert.True(report.Data("mail").TryGetProperty("waiting", out _));
        Assert.True(report.Data("mail").TryGetProperty("failed", out _));
        Assert.True(report.Data("disk").GetProperty("dataFreeMegabytes").GetInt64() > 0);
        await Eventually.True(async () => (await HealthDetails.Read(anonymous)).Data("workers").TryGetProperty("search-index", out _), "l'indexeur a fait un passage");
    }

    [Fact]
    public async Task Status_page_is_for_administrators_only()
    {
        var visitor = await anonymous.GetAsync("/admin/etat");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        foreach (var role in new[] { Roles.Member, Roles.Reviewer, Roles.Editor })
        {
            var client = await SignIn.SignedInClient(site, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/etat")).StatusCode);
        }
    }

    [Fact]
    public async Task Status_page_shows_the_node_its_checks_workers_history_and_errors_in_french()
    {
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        await Eventually.True(async () => (await Html.Get(admin, "/admin/etat")).Document.QuerySelector(".health-history") is not null, "un premier relevé");
        var (response, page) = await Html.Get(admin, "/admin/etat");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("État du site", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("nœud-de-test", page.QuerySelector(".node-name")?.FirstChild?.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".node-version")?.TextContent));
        foreach (var check in new[] { "database", "migrations", "search-index", "workers", "mail", "disk" })
            Assert.NotNull(page.QuerySelector($".health-checks tr[data-check='{check}']"));
        Assert.Contains("Base de données", page.QuerySelector(".health-checks tr[data-check='database'] th")!.TextContent);
        Assert.NotNull(page.QuerySelector(".workers tr[data-worker='search-index']"));
        Assert.Contains("Historique depuis le démarrage", page.Body!.TextContent);
        Assert.Contains("Dernières erreurs", page.Body.TextContent);
    }
}

/// <summary>A site with a node name and a fast health sampling, for the status page.</summary>
public class HealthSite : SiteFactory
{
    protected HealthSite(Core.Data.DatabaseProvider provider) : base(provider)
    {
        Settings["KnowledgeBase:NodeName"] = "nœud-de-test";
        Settings["Health:SamplePeriod"] = "00:00:01";
    }
}

public sealed class SqliteHealthSite() : HealthSite(Core.Data.DatabaseProvider.Sqlite);

public sealed class PostgreSqlHealthSite() : HealthSite(Core.Data.DatabaseProvider.PostgreSql);

public sealed class SqliteHealthTests(SqliteHealthSite site) : HealthTests<SqliteHealthSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlHealthTests(PostgreSqlHealthSite site) : HealthTests<PostgreSqlHealthSite>(site);
