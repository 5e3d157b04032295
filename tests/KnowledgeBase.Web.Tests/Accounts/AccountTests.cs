using System.Net;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>Sign-up, confirmation, sign-in and out, lockout, forgotten password, the account page and its deletion.</summary>
public abstract class AccountTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private HttpClient NewClient() => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string NewAddress() => $"inscription-{Guid.NewGuid():N}@example.org";

    private static Dictionary<string, string> SignUpFields(string email) => new()
    {
        ["Email"] = email,
        ["Password"] = "le logement d'abord, vraiment",
        ["PasswordConfirmation"] = "le logement d'abord, vraiment",
        ["DisplayName"] = "Nadia Ferrand",
        ["Organisation"] = "Conseil départemental du Rhône",
        ["OrganisationType"] = "departement",
        ["RegionCode"] = "84",
        ["DepartementCode"] = "69",
    };

    [Fact]
    public async Task Sign_up_confirm_by_email_sign_in_see_the_account_and_sign_out()
    {
        var client = NewClient();
        var email = $"élise-{Guid.NewGuid():N}@example.org"; // an accented address goes through too (SMTPUTF8)
        var signUp = await Forms.Submit(client, "/compte/inscription", SignUpFields(email));
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal("/compte/courriel-envoye?motif=inscription", signUp.Headers.Location?.OriginalString);
        var (_, sent) = await Html.Get(client, "/compte/courriel-envoye?motif=inscription");
        Assert.Contains("Un courriel vient d'être envoyé", sent.QuerySelector(".email-sent")?.TextContent);

        var mail = await Mailbox.WaitFor(site, email);
        Assert.Equal("Confirmez votre adresse électronique", mail.Subject);
        Assert.Contains("Bonjour Nadia Ferrand,", mail.Body);

        // Not confirmed yet: the right password is not enough.
        var early = await SignIn.Submit(client, email, "le logement d'abord, vraiment");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("Confirmez d'abord votre adresse électronique", (await Html.Parse(early)).QuerySelector(".alert-danger")?.TextContent);

        var (confirmed, confirmedPage) = await Html.Get(client, mail.Link("/compte/confirmation"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Adresse confirmée", confirmedPage.QuerySelector("h1")?.TextContent);

        var signedIn = await SignIn.Submit(client, email, "le logement d'abord, vraiment");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);

        var (account, accountPage) = await Html.Get(client, "/compte");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(email, accountPage.QuerySelector(".account-identity")?.TextContent);
        Assert.Contains("Membre", accountPage.QuerySelector(".account-identity")?.TextContent);
        Assert.Equal("Conseil départemental du Rhône", accountPage.QuerySelector("input[name='Profile.Organisation']")?.GetAttribute("value"));
        Assert.NotNull(accountPage.QuerySelector("select[name='Profile.OrganisationType'] option[value=departement][selected]"));
        Assert.NotNull(accountPage.QuerySelector("form[action='/compte/deconnexion'] button"));

        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByEmailAsync(email);
            Assert.Equal(["Member"], await users.GetRolesAsync(member!));
            Assert.Equal("69", member!.DepartementCode);
        }

        var signedOut = await Forms.Post(client, accountPage, "/compte/deconnexion", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var afterwards = await client.GetAsync("/compte");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/compte/connexion?returnUrl=%2Fcompte", afterwards.Headers.Location?.PathAndQuery ?? afterwards.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_up_errors_are_shown_in_french_next_to_fields_and_the_input_is_kept()
    {
        var client = NewClient();
        var fields = SignUpFields("pas-une-adresse");
        fields["Password"] = "court";
        fields["PasswordConfirmation"] = "autre";
        fields["OrganisationType"] = "inventee";
        fields["DepartementCode"] = "13"; // Bouches-du-Rhône is not in Auvergne-Rhône-Alpes
        var response = await Forms.Submit(client, "/compte/inscription", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.Parse(response);

        Assert.Equal("Cette adresse électronique n'est pas valable.", page.QuerySelector("#Email-erreur")?.TextContent);
        Assert.Equal("Les deux mots de passe ne sont pas identiques.", page.QuerySelector("#PasswordConfirmation-erreur")?.TextContent);
        Assert.Equal("pas-une-adresse", page.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Equal("Nadia Ferrand", page.QuerySelector("input[name=DisplayName]")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input[name=Email]")?.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("input[name=Password]")?.GetAttribute("value"));

        // Once the fields are well-formed, the taxonomy and password rules speak.
        fields["Email"] = NewAddress();
        fields["PasswordConfirmation"] = "court";
        page = await Html.Parse(await Forms.Submit(client, "/compte/inscription", fields));
        Assert.Equal("Le mot de passe doit contenir au moins 10 caractères.", page.QuerySelector("#Password-erreur")?.TextContent);
        Assert.Equal("Choisissez le type de structure dans la liste.", page.QuerySelector("#OrganisationType-erreur")?.TextContent);
        Assert.Equal("Ce département n'est pas dans la région choisie.", page.QuerySelector("#DepartementCode-erreur")?.TextContent);
        Assert.NotNull(page.QuerySelector("select[name=DepartementCode] option[value='13'][selected]"));
        Assert.Empty(Mailbox.To(site, fields["Email"]));
    }

    [Fact]
    public async Task Signing_up_with_a_known_address_answers_alike_and_tells_the_owner_by_email()
    {
        var owner = await SignIn.CreateMember(site);
        var client = NewClient();
        var response = await Forms.Submit(client, "/compte/inscription", SignUpFields(owner.Email));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/courriel-envoye?motif=inscription", response.Headers.Location?.OriginalString);

        var mail = await Mailbox.WaitFor(site, owner.Email);
        Assert.Equal("Vous avez déjà un compte", mail.Subject);
        Assert.Contains("/compte/mot-de-passe-oublie", mail.Body);
        await using var scope = site.Scope();
        var member = await site.Db(scope).Users.SingleAsync(m => m.Email == owner.Email);
        Assert.Equal(owner.DisplayName, member.DisplayName);

        // And the owner's password still works.
        await SignIn.SignedInClient(site, owner);
    }

    [Fact]
    public async Task A_new_confirmation_link_goes_only_to_unconfirmed_accounts_with_the_same_answer_for_all()
    {
        var client = NewClient();
        var email = NewAddress();
        await Forms.Submit(client, "/compte/inscription", SignUpFields(email));
        await Mailbox.WaitFor(site, email);
        var confirmedMember = await SignIn.CreateMember(site);
        var unknown = NewAddress();

        var answers = new List<string?>();
        foreach (var address in new[] { unknown, confirmedMember.Email, email })
        {
            var response = await Forms.Submit(client, "/compte/renvoyer-confirmation", new Dictionary<string, string> { ["Email"] = address });
            answers.Add(response.Headers.Location?.OriginalString);
        }
        Assert.All(answers, a => Assert.Equal("/compte/courriel-envoye?motif=confirmation", a));

        var second = await Mailbox.WaitFor(site, email, count: 2);
        Assert.Contains("/compte/confirmation?", second.Body);
        // Sent in order: the two earlier requests would have been delivered before this one.
        Assert.Empty(Mailbox.To(site, unknown));
        Assert.Empty(Mailbox.To(site, confirmedMember.Email));
    }

    [Fact]
    public async Task Confirmation_with_a_broken_link_says_so_in_french()
    {
        var (response, page) = await Html.Get(NewClient(), "/compte/confirmation?id=inconnu&code=pas-un-jeton%%");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Lien non valable", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Five_wrong_passwords_block_this_client_for_a_while_and_unknown_addresses_answer_alike()
    {
        var member = await SignIn.CreateMember(site);
        var unknown = NewAddress();
        foreach (var address in new[] { member.Email, unknown })
        {
            var client = NewClient();
            for (var attempt = 1; attempt <= 4; attempt++)
            {
                var failed = await Html.Parse(await SignIn.Submit(client, address, "pas le bon mot de passe"));
                Assert.Equal("Adresse électronique ou mot de passe incorrect.", failed.QuerySelector(".form-error")?.TextContent);
                Assert.Equal(address, failed.QuerySelector("input[name=Email]")?.GetAttribute("value"));
            }
            var fifth = await Html.Parse(await SignIn.Submit(client, address, "pas le bon mot de passe"));
            Assert.StartsWith("Trop de tentatives infructueuses depuis cet appareil : la connexion à ce compte y est bloquée pendant 15 minutes.", fifth.QuerySelector(".form-error")?.TextContent);
        }

        // Blocked from this client (all test clients share one address): even the right password is refused.
        var locked = await SignIn.Submit(NewClient(), member.Email, member.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);
        Assert.StartsWith("Trop de tentatives", (await Html.Parse(locked)).QuerySelector(".form-error")?.TextContent);
    }

    [Fact]
    public async Task Forgotten_password_answers_alike_and_mails_only_an_existing_account()
    {
        var member = await SignIn.CreateMember(site);
        var unknown = NewAddress();
        var client = NewClient();

        var forUnknown = await Forms.Submit(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = unknown });
        var forMember = await Forms.Submit(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = member.Email });
        Assert.Equal(HttpStatusCode.Redirect, forUnknown.StatusCode);
        Assert.Equal(forUnknown.Headers.Location, forMember.Headers.Location);
        var (_, answer) = await Html.Get(client, forMember.Headers.Location!.OriginalString);
        Assert.Contains("Si cette adresse correspond à un compte", answer.QuerySelector(".email-sent")?.TextContent);

        var mail = await Mailbox.WaitFor(site, member.Email);
        Assert.Equal("Choisissez un nouveau mot de passe", mail.Subject);
        Assert.Empty(Mailbox.To(site, unknown));
    }

    [Fact]
    public async Task Emailed_link_resets_the_password_and_the_old_one_stops_working()
    {
        var member = await SignIn.CreateMember(site);
        var client = NewClient();
        await Forms.Submit(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Email"] = member.Email });
        var link = (await Mailbox.WaitFor(site, member.Email)).Link("/compte/reinitialisation");

        var (linkResponse, form) = await Html.Get(client, link);
        Assert.Equal(HttpStatusCode.OK, linkResponse.StatusCode);
        var id = form.QuerySelector("input[name=Id]")!.GetAttribute("value")!;
        var code = form.QuerySelector("input[name=Code]")!.GetAttribute("value")!;
        Assert.Equal(member.Id, id);

        var mismatch = await Html.Parse(await Forms.Post(client, form, "/compte/reinitialisation", new Dictionary<string, string>
        {
            ["Id"] = id, ["Code"] = code, ["Password"] = "un tout nouveau mot de passe", ["PasswordConfirmation"] = "un autre",
        }));
        Assert.Equal("Les deux mots de passe ne sont pas identiques.", mismatch.QuerySelector("#PasswordConfirmation-erreur")?.TextContent);
        Assert.Equal(code, mismatch.QuerySelector("input[name=Code]")?.GetAttribute("value"));

        var reset = await Forms.Post(client, mismatch, "/compte/reinitialisation", new Dictionary<string, string>
        {
            ["Id"] = id, ["Code"] = code,
            ["Password"] = "un tout nouveau mot de passe", ["PasswordConfirmation"] = "un tout nouveau mot de passe",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/compte/mot-de-passe-modifie", reset.Headers.Location?.OriginalString);

        var old = await SignIn.Submit(NewClient(), member.Email, member.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, old.StatusCode);
        await SignIn.SignedInClient(site, member with { Password = "un tout nouveau mot de passe" });

        // The link served once: the new security stamp invalidates it.
        var (again, againPage) = await Html.Get(NewClient(), link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Ce lien n'est plus valable", againPage.QuerySelector(".alert-danger")?.TextContent);
    }

    [Fact]
    public async Task Sign_in_returns_to_a_local_address_only()
    {
        var member = await SignIn.CreateMember(site);
        var local = await SignIn.Submit(NewClient(), member.Email, member.Password, "/compte");
        Assert.Equal("/compte", local.Headers.Location?.OriginalString);
        var offSite = await SignIn.Submit(NewClient(), member.Email, member.Password, "https://evil.example.com/");
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
    }

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

public sealed class SqliteAccountTests(SqliteSite site) : AccountTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlAccountTests(PostgreSqlSite site) : AccountTests<PostgreSqlSite>(site);
