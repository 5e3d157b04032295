using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>Sign-up, confirmation, sign-in and out, lockout, forgotten password, the account page and its deletion.</summary>
public abstract partial class AccountTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly TSite site = site;

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
    public async Task The_account_services_messages_are_shown_in_english_to_an_english_visitor()
    {
        var client = NewClient();
        await client.GetAsync("/langue?culture=en&returnUrl=%2F");
        var fields = SignUpFields(NewAddress());
        fields["OrganisationType"] = "inventee";
        fields["DepartementCode"] = "13";
        var page = await Html.Parse(await Forms.Submit(client, "/compte/inscription", fields));
        Assert.Equal("Choose the type of organisation from the list.", page.QuerySelector("#OrganisationType-erreur")?.TextContent);
        Assert.Equal("This département is not in the chosen région.", page.QuerySelector("#DepartementCode-erreur")?.TextContent);
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
}

public sealed class SqliteAccountTests(SqliteSite site) : AccountTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlAccountTests(PostgreSqlSite site) : AccountTests<PostgreSqlSite>(site);
