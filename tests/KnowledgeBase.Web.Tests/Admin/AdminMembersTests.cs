using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Admin;

/// <summary>/admin/membres: only administrators list members and set their roles.</summary>
public abstract class AdminMembersTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task Visitors_are_sent_to_sign_in()
    {
        var response = await site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/admin/membres");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/connexion?returnUrl=%2Fadmin%2Fmembres", response.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Reviewer)]
    public async Task Other_roles_get_the_french_403_page(string role)
    {
        var client = await SignIn.SignedInClient(site, role);
        var (denied, page) = await Html.Get(client, "/admin/membres");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("Accès refusé", page.QuerySelector("h1")?.TextContent);

        var member = await SignIn.CreateMember(site);
        var post = await client.PostAsync($"/admin/membres/{member.Id}/roles", new FormUrlEncodedContent(new Dictionary<string, string> { ["roles"] = Roles.Admin }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.False(await HasRole(member.Id, Roles.Admin));
    }

    [Fact]
    public async Task Admin_finds_a_member_and_makes_them_editor()
    {
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var member = await SignIn.CreateMember(site);

        var (response, page) = await Html.Get(admin, "/admin/membres?q=" + Uri.EscapeDataString(member.Email.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"tr[data-member='{member.Email}']");
        Assert.NotNull(row);
        Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.NotNull(row!.QuerySelector("input[value=Member][checked]"));
        Assert.Null(row.QuerySelector("input[value=Editor][checked]"));

        var action = $"/admin/membres/{member.Id}/roles";
        var saved = await Forms.Post(admin, page, action,
            [new("roles", Roles.Member), new("roles", Roles.Editor), new("q", member.Email)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await HasRole(member.Id, Roles.Editor));
        Assert.True(await HasRole(member.Id, Roles.Member));

        var (_, after) = await Html.Get(admin, saved.Headers.Location!.OriginalString);
        Assert.Equal("Rôles enregistrés.", after.QuerySelector(".flash")?.TextContent);
        Assert.NotNull(after.QuerySelector($"tr[data-member='{member.Email}'] input[value=Editor][checked]"));

        // Search by display name too.
        var (_, byName) = await Html.Get(admin, "/admin/membres?q=" + Uri.EscapeDataString(member.DisplayName.ToLowerInvariant()));
        Assert.NotNull(byName.QuerySelector($"tr[data-member='{member.Email}']"));
    }

    [Fact]
    public async Task Admin_cannot_remove_their_own_admin_role()
    {
        var me = await SignIn.CreateMember(site, Roles.Admin);
        var admin = await SignIn.SignedInClient(site, me);
        var (_, page) = await Html.Get(admin, "/admin/membres?q=" + Uri.EscapeDataString(me.Email));
        var own = page.QuerySelector($"tr[data-member='{me.Email}'] input[value=Admin]");
        Assert.NotNull(own?.GetAttribute("disabled"));

        var response = await Forms.Post(admin, page, $"/admin/membres/{me.Id}/roles", new Dictionary<string, string> { ["roles"] = Roles.Member });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await HasRole(me.Id, Roles.Admin));
        var (_, after) = await Html.Get(admin, response.Headers.Location!.OriginalString);
        Assert.Equal("Vous ne pouvez pas retirer votre propre rôle d'administrateur.", after.QuerySelector(".flash")?.TextContent);
    }

    [Fact]
    public async Task Admin_adding_a_role_to_themselves_gets_a_fresh_session()
    {
        var me = await SignIn.CreateMember(site, Roles.Admin);
        var admin = await SignIn.SignedInClient(site, me);
        var (_, page) = await Html.Get(admin, "/admin/membres?q=" + Uri.EscapeDataString(me.Email));
        var response = await Forms.Post(admin, page, $"/admin/membres/{me.Id}/roles",
            [new("roles", Roles.Member), new("roles", Roles.Reviewer), new("roles", Roles.Admin)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".KnowledgeBase.Session="));
        Assert.True(await HasRole(me.Id, Roles.Reviewer));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/membres")).StatusCode);
    }

    [Fact]
    public async Task Setting_roles_needs_the_antiforgery_token()
    {
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var member = await SignIn.CreateMember(site);
        var response = await admin.PostAsync($"/admin/membres/{member.Id}/roles", new FormUrlEncodedContent(new Dictionary<string, string> { ["roles"] = Roles.Admin }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await HasRole(member.Id, Roles.Admin));
    }

    [Fact]
    public async Task Member_list_is_paged()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            for (var i = 0; i < 27; i++)
            {
                var email = $"page-{tag}-{i:00}@example.org";
                var result = await users.CreateAsync(new Member { UserName = email, Email = email, DisplayName = "Page " + i, CreatedAt = DateTime.UtcNow });
                Assert.True(result.Succeeded);
            }
        }
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var (_, first) = await Html.Get(admin, $"/admin/membres?q={tag}");
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector($"a[href='/admin/membres?q={tag}&page=2']"));
        var (_, second) = await Html.Get(admin, $"/admin/membres?q={tag}&page=2");
        Assert.Equal(2, second.QuerySelectorAll("tbody tr").Length);
        var (beyond, _) = await Html.Get(admin, $"/admin/membres?q={tag}&page=99");
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
    }

    [Fact]
    public async Task Unknown_member_gives_404()
    {
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var (_, page) = await Html.Get(admin, "/admin/membres");
        var any = page.QuerySelector("form[action^='/admin/membres/']")!.GetAttribute("action")!;
        var token = Html.Token(page, any);
        var response = await admin.PostAsync("/admin/membres/inconnu/roles", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["roles"] = Roles.Member, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<bool> HasRole(string memberId, string role)
    {
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(memberId))!, role);
    }
}

public sealed class SqliteAdminMembersTests(SqliteSite site) : AdminMembersTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlAdminMembersTests(PostgreSqlSite site) : AdminMembersTests<PostgreSqlSite>(site);
