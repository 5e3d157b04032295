using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>
/// Sessions end when they should (issue #11, findings 7 and 8): signing out ends the session
/// on the server; a password or role change ends the member's other sessions at once; an edit
/// posted after the session ended is kept and given back after signing in.
/// </summary>
public abstract class SessionTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_copied_session_cookie_stops_working_once_its_owner_signs_out()
    {
        var member = await SignIn.CreateMember(site, Roles.Reviewer);
        var jar = new CookieContainer();
        var client = site.CreateDefaultClient(new CookieContainerHandler(jar));
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.Submit(client, member.Email, member.Password)).StatusCode);
        var stolen = ".KnowledgeBase.Session=" + jar.GetCookies(client.BaseAddress!)[".KnowledgeBase.Session"]!.Value;
        var (_, home) = await Html.Get(client, "/");
        Assert.Equal(HttpStatusCode.OK, (await Replay(stolen, "/evaluations")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Post(client, home, "/compte/deconnexion", [])).StatusCode);
        var replayed = await Replay(stolen, "/evaluations");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/compte/connexion", replayed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_at_once_and_keeps_this_one()
    {
        var member = await SignIn.CreateMember(site);
        var here = await SignIn.SignedInClient(site, member);
        var elsewhere = await SignIn.SignedInClient(site, member);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/compte")).StatusCode);

        var changed = await Forms.Submit(here, "/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["CurrentPassword"] = member.Password, ["Password"] = "une phrase toute neuve", ["PasswordConfirmation"] = "une phrase toute neuve",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/compte")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/compte")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_members_sessions_at_once()
    {
        var member = await SignIn.CreateMember(site, Roles.Editor);
        var editor = await SignIn.SignedInClient(site, member);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/gestion")).StatusCode);
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var (_, page) = await Html.Get(admin, "/admin/membres?q=" + Uri.EscapeDataString(member.Email));
        await Forms.Post(admin, page, $"/admin/membres/{member.Id}/roles", [new("roles", Roles.Member)]);

        var after = await editor.GetAsync("/gestion");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/compte/connexion", after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_edit_posted_after_signing_out_elsewhere_is_kept_and_sent_again_after_signing_in()
    {
        var member = await SignIn.CreateMember(site);
        var tab = await SignIn.SignedInClient(site, member);
        var created = await Forms.Submit(tab, "/fiches/nouvelle", new Dictionary<string, string> { ["Title"] = "Avant", ["command"] = "save" });
        var editUrl = created.Headers.Location!.OriginalString;
        var (_, form) = await Html.Get(tab, editUrl);
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        // Signed out in another tab of the same browser: the server ends the session.
        await using (var scope = site.Scope())
            await site.Db(scope).MemberSessions.Where(s => s.MemberId == member.Id).ExecuteDeleteAsync();

        var lost = await Forms.Post(tab, form, editUrl, new Dictionary<string, string>
        {
            ["Version"] = version, ["Title"] = "Mon texte écrit pendant une heure", ["Sections[context]"] = "Un long contexte.", ["command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, lost.StatusCode);
        var signInUrl = lost.Headers.Location!.PathAndQuery;
        Assert.Contains("returnUrl=%2Fcompte%2Fsaisie-conservee%2F", signInUrl);
        var (_, signInPage) = await Html.Get(tab, signInUrl);
        Assert.Contains("votre saisie est conservée", signInPage.QuerySelector(".kept-form-notice")?.TextContent);

        var keptUrl = Uri.UnescapeDataString(signInUrl.Split("returnUrl=")[1]);
        var signedIn = await SignIn.Submit(tab, member.Email, member.Password, keptUrl);
        Assert.Equal(keptUrl, signedIn.Headers.Location?.OriginalString);
        var (_, kept) = await Html.Get(tab, keptUrl);
        Assert.Contains("Mon texte écrit pendant une heure", kept.QuerySelector(".kept-texts")?.TextContent);
        var resent = await Forms.Post(tab, kept, editUrl, kept.QuerySelectorAll("form.kept-form input[type=hidden]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(editUrl, resent.Headers.Location?.OriginalString);

        await using var check = site.Scope();
        var id = long.Parse(editUrl.Split('/')[2]);
        var initiative = await site.Db(check).Initiatives.Include(i => i.CurrentRevision).SingleAsync(i => i.Id == id);
        Assert.Equal("Mon texte écrit pendant une heure", initiative.CurrentRevision!.Content.Title);
        var keptId = keptUrl.Split('/')[^1];
        Assert.False(await site.Db(check).KeptForms.AnyAsync(f => f.Id == keptId), "la saisie renvoyée est oubliée");
        // Another browser never gets it.
        var other = await SignIn.SignedInClient(site, member);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(keptUrl)).StatusCode);
    }

    [Fact]
    public async Task A_form_whose_token_belongs_to_an_earlier_session_is_kept_too()
    {
        var first = await SignIn.CreateMember(site);
        var second = await SignIn.CreateMember(site);
        var tab = await SignIn.SignedInClient(site, first);
        var (_, form) = await Html.Get(tab, "/compte");
        // Meanwhile, in another tab of the same browser: signed out, then in as someone else.
        var (_, home) = await Html.Get(tab, "/");
        await Forms.Post(tab, home, "/compte/deconnexion", []);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.Submit(tab, second.Email, second.Password)).StatusCode);

        var stale = await Forms.Post(tab, form, "/compte", new Dictionary<string, string>
        {
            ["Profile.DisplayName"] = "Nom tapé dans le vieil onglet", ["Profile.Organisation"] = "CCAS", ["Profile.OrganisationType"] = "association",
        });
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/compte/saisie-conservee/", stale.Headers.Location?.OriginalString);
        var (_, kept) = await Html.Get(tab, stale.Headers.Location!.OriginalString);
        Assert.Contains("Nom tapé dans le vieil onglet", kept.QuerySelector(".kept-texts")?.TextContent);
        await using var scope = site.Scope();
        Assert.NotEqual("Nom tapé dans le vieil onglet", (await site.Db(scope).Users.SingleAsync(u => u.Id == second.Id)).DisplayName);
    }

    private async Task<HttpResponseMessage> Replay(string cookie, string url)
    {
        var bare = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }
}

public sealed class SqliteSessionTests(SqliteSite site) : SessionTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlSessionTests(PostgreSqlSite site) : SessionTests<PostgreSqlSite>(site);
