using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Accounts;

public abstract partial class AccountTests<TSite>
{
    [Fact]
    public async Task Account_page_saves_the_profile_and_changes_the_password()
    {
        var member = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, member);

        var invalid = await Html.Parse(await Forms.Submit(client, "/compte", new Dictionary<string, string>
        {
            ["Profile.DisplayName"] = "", ["Profile.Organisation"] = "Mission locale de Lyon",
            ["Profile.OrganisationType"] = "association", ["Profile.RegionCode"] = "", ["Profile.DepartementCode"] = "",
        }));
        Assert.Equal("Indiquez votre nom.", invalid.QuerySelector("#Profile_DisplayName-erreur")?.TextContent);
        Assert.Equal("Mission locale de Lyon", invalid.QuerySelector("input[name='Profile.Organisation']")?.GetAttribute("value"));

        var saved = await Forms.Post(client, invalid, "/compte", new Dictionary<string, string>
        {
            ["Profile.DisplayName"] = "Camille Martin", ["Profile.Organisation"] = "Mission locale de Lyon",
            ["Profile.OrganisationType"] = "association", ["Profile.RegionCode"] = "", ["Profile.DepartementCode"] = "69",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await Html.Get(client, "/compte");
        Assert.Equal("Vos informations sont enregistrées.", page.QuerySelector(".flash")?.TextContent);
        Assert.Equal("Camille Martin", page.QuerySelector("input[name='Profile.DisplayName']")?.GetAttribute("value"));
        // The région follows from the département.
        Assert.NotNull(page.QuerySelector("select[name='Profile.RegionCode'] option[value='84'][selected]"));

        var wrong = await Html.Parse(await Forms.Submit(client, "/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "ce n'est pas lui", ["Password"] = "encore un autre mot de passe", ["PasswordConfirmation"] = "encore un autre mot de passe",
        }));
        Assert.Equal("Mot de passe incorrect.", wrong.QuerySelector("#CurrentPassword-erreur")?.TextContent);
        var changed = await Forms.Post(client, wrong, "/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["CurrentPassword"] = member.Password, ["Password"] = "encore un autre mot de passe", ["PasswordConfirmation"] = "encore un autre mot de passe",
        });
        Assert.Equal("/compte", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).StatusCode);
        await SignIn.SignedInClient(site, member with { Password = "encore un autre mot de passe" });
    }

    [Fact]
    public async Task Deleting_the_account_keeps_its_write_ups_credited_to_the_organisation()
    {
        var member = await SignIn.CreateMember(site);
        const string slug = "mobilite-jeunes-rural";
        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            var revision = await db.Revisions.Where(r => r.Initiative!.Slug == slug).OrderBy(r => r.Number).FirstAsync();
            revision.SavedById = member.Id;
            await db.SaveChangesAsync();
        }
        var client = await SignIn.SignedInClient(site, member);

        var wrong = await Html.Parse(await Forms.Submit(client, "/compte/suppression", new Dictionary<string, string> { ["Password"] = "pas le bon" }));
        Assert.Equal("Mot de passe incorrect.", wrong.QuerySelector("#Password-erreur")?.TextContent);

        var deleted = await Forms.Post(client, wrong, "/compte/suppression", new Dictionary<string, string> { ["Password"] = member.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/compte/compte-supprime", deleted.Headers.Location?.OriginalString);

        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            Assert.False(await db.Users.AnyAsync(u => u.Id == member.Id));
            Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == member.Id));
            Assert.False(await db.Revisions.AnyAsync(r => r.SavedById == member.Id));
            var initiative = await db.Initiatives.SingleAsync(i => i.Slug == slug);
            Assert.Equal(member.Organisation, initiative.CreditedOrganisation);
        }
        Assert.Equal(HttpStatusCode.OK, (await NewClient().GetAsync("/initiatives/" + slug)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).StatusCode);
        var signIn = await SignIn.Submit(NewClient(), member.Email, member.Password);
        Assert.Equal("Adresse électronique ou mot de passe incorrect.", (await Html.Parse(signIn)).QuerySelector(".form-error")?.TextContent);
    }

    [Theory]
    [InlineData("/compte/connexion")]
    [InlineData("/compte/inscription")]
    [InlineData("/compte/mot-de-passe-oublie")]
    [InlineData("/compte/reinitialisation")]
    [InlineData("/compte/renvoyer-confirmation")]
    [InlineData("/compte/deconnexion")]
    public async Task Account_forms_refuse_a_post_without_antiforgery_token(string action)
    {
        var response = await NewClient().PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@example.org" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_forms_refuse_a_post_without_antiforgery_token()
    {
        var client = await SignIn.SignedInClient(site);
        foreach (var action in new[] { "/compte", "/compte/mot-de-passe", "/compte/suppression", "/compte/deconnexion" })
        {
            var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = SignIn.Password }));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_http_only_and_same_site()
    {
        var member = await SignIn.CreateMember(site);
        var client = NewClient();
        var (page, _) = await Html.Get(client, "/compte/connexion");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery."));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);

        var response = await SignIn.Submit(client, member.Email, member.Password);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".KnowledgeBase.Session="));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        // Plain http in tests: Secure follows the request (SameAsRequest), so HTTPS gets it.
        Assert.DoesNotContain("secure", session.Replace("samesite", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Session_cookie_is_secure_over_https()
    {
        var member = await SignIn.CreateMember(site);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var response = await SignIn.Submit(client, member.Email, member.Password);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".KnowledgeBase.Session="));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Header_offers_sign_in_to_visitors_and_the_account_to_members()
    {
        var (_, anonymous) = await Html.Get(NewClient(), "/");
        Assert.NotNull(anonymous.QuerySelector(".account-menu a[href='/compte/connexion']"));
        Assert.NotNull(anonymous.QuerySelector(".account-menu a[href='/compte/inscription']"));
        Assert.Null(anonymous.QuerySelector(".account-menu a[href='/compte']"));

        var (_, member) = await Html.Get(await SignIn.SignedInClient(site), "/");
        Assert.NotNull(member.QuerySelector(".account-menu a[href='/compte']"));
        Assert.NotNull(member.QuerySelector(".account-menu form[action='/compte/deconnexion'][method=post] button"));
        Assert.Null(member.QuerySelector(".account-menu a[href='/admin/membres']"));
        Assert.Null(member.QuerySelector(".account-menu a[href='/compte/connexion']"));

        var (_, admin) = await Html.Get(await SignIn.SignedInClient(site, Roles.Admin), "/");
        Assert.NotNull(admin.QuerySelector(".account-menu a[href='/admin/membres']"));
    }

    [Fact]
    public async Task Contact_emails_show_to_signed_in_members()
    {
        var html = await (await SignIn.SignedInClient(site)).GetStringAsync("/initiatives/sortir-de-la-rue");
        Assert.Contains("karim.benali@example.org", html);
    }

    [Fact]
    public async Task Access_denied_page_is_french_with_status_403()
    {
        var (response, page) = await Html.Get(await SignIn.SignedInClient(site), "/compte/acces-refuse");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Accès refusé", page.QuerySelector("h1")?.TextContent);
    }
}
