using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>
/// The reproductions of issue #11 about what forms receive: NUL and control characters,
/// bidi overrides, line breaks in titles, malformed numbers, over-long texts, unknown list
/// values, and the status of every refused form (422). Each gets a French message next to its
/// field, the text kept, and nothing saved that should not be.
/// </summary>
public abstract class FormInputTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static Dictionary<string, string> Complete(string title) => WriteUpForm.Complete(title);

    [Fact]
    public async Task A_title_with_a_line_break_is_refused_in_french_and_no_mail_goes_out()
    {
        var client = await SignIn.SignedInClient(site);
        var response = await Forms.Submit(client, "/fiches/nouvelle", Complete("Ligne un\nLigne deux").With("command", "submit"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.Parse(response);
        Assert.Equal("Ce champ tient sur une seule ligne : retirez les retours à la ligne.", page.QuerySelector(".field-error[data-field='Title']")?.TextContent.Trim());
        Assert.Equal("Ligne un\nLigne deux", page.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    public static TheoryData<string, string, string> EnglishBefore() => new()
    {
        { "StartYear", "2020 environ", "La valeur « 2020 environ » n'est pas valable pour « Année de démarrage »." },
        { "PeopleReached", "~300", "La valeur « ~300 » n'est pas valable pour « Personnes touchées »." },
        { "StartYear", "-5", "Indiquez une année entre 1945 et 2100." },
        { "Title", new string('t', 201), "« Titre » compte au plus 200 caractères." },
        { "ContactEmail", "bad", "Cette adresse électronique n'est pas valable." },
        { "Authors", new string('a', 10_000), "« Rédaction » compte au plus 1000 caractères." },
        { "Commune", new string('c', 10_000), "« Commune » compte au plus 200 caractères." },
        { "Keywords", new string('k', 100 * 1024), "« Mots-clés » compte au plus 1000 caractères." },
        { "Links[0].Url", "https://exemple.fr/" + new string('l', 3000), "« Adresse du lien » compte au plus 2000 caractères." },
        { "Version", "not-a-guid", "La valeur « not-a-guid » n'est pas valable pour « Version du formulaire »." },
    };

    [Theory]
    [MemberData(nameof(EnglishBefore))]
    public async Task Malformed_values_get_a_french_message_in_the_summary_and_next_to_the_field_and_the_text_is_kept(string field, string value, string message)
    {
        var client = await SignIn.SignedInClient(site);
        var response = await Forms.Submit(client, "/fiches/nouvelle", Complete("Une fiche aux valeurs fausses").With(field, value).With("command", "save"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.Parse(response);
        Assert.Contains(message, page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()));
        if (field != "Version")
        {
            Assert.Equal(message, page.QuerySelector($".field-error[data-field='{field}']")?.TextContent.Trim());
            Assert.Equal(value, page.QuerySelector($"[name='{field}']")?.GetAttribute("value"));
        }
        if (field != "Title") Assert.Equal("Une fiche aux valeurs fausses", page.QuerySelector("#Title")?.GetAttribute("value"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-val", html);
        Assert.DoesNotContain("The field", html);
    }

    [Theory]
    [InlineData("Stage", "xyz", "Stade inconnu : « xyz ».")]
    [InlineData("Themes", "nope", "Thématique inconnue : « nope ».")]
    [InlineData("RegionCode", "999", "Code de région inconnu : « 999 ».")]
    public async Task Unknown_list_values_are_refused_on_save_and_nothing_is_stored(string field, string value, string message)
    {
        var author = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, author);
        var response = await Forms.Submit(client, "/fiches/nouvelle", Complete("Une fiche aux choix inventés").With(field, value).With("command", "save"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.Parse(response);
        Assert.Contains("La fiche n'est pas enregistrée", page.QuerySelector(".error-summary")?.TextContent);
        Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal("Une fiche aux choix inventés", page.QuerySelector("#Title")?.GetAttribute("value"));
        await using var scope = site.Scope();
        Assert.False(await site.Db(scope).Initiatives.AnyAsync(i => i.OwnerId == author.Id));
    }

    [Fact]
    public async Task Nul_control_and_bidi_characters_are_removed_before_anything_is_stored()
    {
        var author = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, author);
        var fields = Complete("Rapport\u0000 annuel\u0007 photo\u202Egpj.exe").With("Sections[context]", "Un\u0000 contexte\u001B ici.").With("command", "save");
        var saved = await Forms.Submit(client, "/fiches/nouvelle", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var profile = await Forms.Submit(client, "/compte", new Dictionary<string, string>
        {
            ["Profile.DisplayName"] = "Camille\u0000 \u202EMartin", ["Profile.Organisation"] = "CCAS\u0001", ["Profile.OrganisationType"] = "association",
            ["Profile.RegionCode"] = "", ["Profile.DepartementCode"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);

        await using var scope = site.Scope();
        var db = site.Db(scope);
        var content = (await db.Initiatives.Include(i => i.CurrentRevision).SingleAsync(i => i.OwnerId == author.Id)).CurrentRevision!.Content;
        Assert.Equal("Rapport annuel photogpj.exe", content.Title);
        Assert.Equal("Un contexte ici.", content.Sections.Context);
        var member = await db.Users.SingleAsync(u => u.Id == author.Id);
        Assert.Equal("Camille Martin", member.DisplayName);
        Assert.Equal("CCAS", member.Organisation);
    }

    [Fact]
    public async Task Account_forms_answer_422_like_every_form()
    {
        var response = await Forms.Submit(site.NewClient(), "/compte/inscription", new Dictionary<string, string>
        {
            ["Email"] = "pas-une-adresse", ["Password"] = "le logement d'abord, vraiment", ["PasswordConfirmation"] = "le logement d'abord, vraiment",
            ["DisplayName"] = "Nadia", ["Organisation"] = "CCAS", ["OrganisationType"] = "association",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Cette adresse électronique n'est pas valable.", (await Html.Parse(response)).QuerySelector(".error-summary")?.TextContent);
    }

    [Fact]
    public async Task Editors_cannot_open_a_draft_never_submitted()
    {
        var author = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, author);
        var created = await Forms.Submit(client, "/fiches/nouvelle", Complete("Brouillon privé").With("command", "save"));
        var id = created.Headers.Location!.OriginalString.Split('/')[2];
        var editor = await SignIn.SignedInClient(site, Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/gestion/fiches/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/gestion/fiches/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_preview_shows_a_refused_link_once_and_says_images_are_not_accepted()
    {
        var client = await SignIn.SignedInClient(site);
        var (_, page) = await Html.Get(client, "/fiches/nouvelle");
        Assert.Contains("les images ne sont pas acceptées", page.QuerySelector("form.initiative-form")?.TextContent);
        var response = await client.PostAsync("/fiches/apercu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdownText"] = "[lien js](javascript:x) et ![schéma](https://exemple.fr/a.png)",
            ["__RequestVerificationToken"] = Html.Token(page, "/fiches/nouvelle"),
        }));
        Assert.Equal("<p>lien js et schéma</p>", (await response.Content.ReadAsStringAsync()).Trim());

        var refused = await Forms.Submit(client, "/fiches/nouvelle", Complete("Fiche illustrée").With("Sections[context]", "Voir ![schéma](https://exemple.fr/a.png)").With("command", "save"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("les images ne sont pas acceptées", (await Html.Parse(refused)).QuerySelector(".field-error[data-field='Sections[context]']")?.TextContent);
    }
}

public sealed class SqliteFormInputTests(SqliteSite site) : FormInputTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlFormInputTests(PostgreSqlSite site) : FormInputTests<PostgreSqlSite>(site);
