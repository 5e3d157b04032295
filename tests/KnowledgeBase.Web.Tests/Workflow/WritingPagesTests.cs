using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Workflow;

/// <summary>Writing, submitting, comparing and being notified, through the pages.</summary>
public abstract class WritingPagesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static Dictionary<string, string> CompleteForm(string title) => WriteUpForm.Complete(title)
        .With("Partners[0].Name", "Conseil départemental")
        .With("Partners[0].Type", "departement")
        .With("Partners[0].Role", "Financement");

    /// <summary>Posts the new write-up form; the page it answers with, which must come with <paramref name="status"/>.</summary>
    private static async Task<AngleSharp.Dom.IDocument> PostNewForm(HttpClient client, Dictionary<string, string> fields, HttpStatusCode status)
    {
        var response = await Forms.Submit(client, "/fiches/nouvelle", fields);
        Assert.Equal(status, response.StatusCode);
        return await Html.Parse(response);
    }

    [Fact]
    public async Task Submitting_an_incomplete_form_saves_it_and_shows_what_is_missing_next_to_each_field()
    {
        var client = await SignIn.SignedInClient(site);
        var page = await PostNewForm(client, new Dictionary<string, string>
        {
            ["Title"] = "Mon idée encore incomplète", ["Sections[context]"] = "Un contexte déjà écrit.", ["command"] = "submit",
        }, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Mon idée encore incomplète", page.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal("Un contexte déjà écrit.", page.QuerySelector("#section-context")?.TextContent);
        Assert.Equal("Le résumé est obligatoire.", page.QuerySelector(".field-error[data-field='Summary']")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".field-error[data-field='Sections[results]']"));
        Assert.NotNull(page.QuerySelector(".field-error[data-field='RegionCode']"));
        Assert.NotNull(page.QuerySelector(".field-error[data-field='Themes']"));
        // Each message is tied to its field for screen readers, and fields in error say so.
        var results = page.QuerySelector("#section-results")!;
        Assert.NotNull(page.GetElementById(results.GetAttribute("aria-describedby")!));
        Assert.Equal("true", results.GetAttribute("aria-invalid"));
        Assert.Equal("true", page.QuerySelector("#Summary")!.GetAttribute("aria-invalid"));
        Assert.Equal("true", page.QuerySelector("#RegionCode")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("#Title")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("#section-context")!.GetAttribute("aria-invalid"));
        foreach (var error in page.QuerySelectorAll(".field-error"))
            Assert.NotNull(page.QuerySelector($"[aria-describedby~='{error.Id}']"));
        // The draft exists: the form now posts to its own address.
        Assert.Matches(@"^/fiches/\d+/modifier$", page.QuerySelector("form.initiative-form")!.GetAttribute("action")!);
    }

    [Fact]
    public async Task Malformed_numbers_are_refused_in_french_and_the_text_is_kept()
    {
        var client = await SignIn.SignedInClient(site);
        var fields = CompleteForm("Une fiche aux nombres faux");
        fields["StartYear"] = "deux mille vingt";
        var page = await PostNewForm(client, fields.With("command", "save"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("deux mille vingt", page.QuerySelector("#StartYear")?.GetAttribute("value"));
        Assert.Equal("Une fiche aux nombres faux", page.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal("La valeur « deux mille vingt » n'est pas valable pour « Année de démarrage ».",
            page.QuerySelector(".field-error[data-field='StartYear']")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_complete_write_up_is_submitted_and_appears_in_my_write_ups_and_the_editors_queue()
    {
        var client = await SignIn.SignedInClient(site);
        var fields = CompleteForm("Guichet unique RSA de test");
        fields["command"] = "submit";
        var response = await Forms.Submit(client, "/fiches/nouvelle", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var backOffice = response.Headers.Location!.OriginalString;
        var (_, page) = await Html.Get(client, backOffice);
        Assert.Contains("Soumise", page.QuerySelector(".state-badge")!.TextContent);
        var (_, mine) = await Html.Get(client, "/mes-fiches");
        Assert.Contains(mine.QuerySelectorAll(".my-initiative a"), a => a.TextContent == "Guichet unique RSA de test");

        var editor = await SignIn.SignedInClient(site, Roles.Editor);
        var (_, queue) = await Html.Get(editor, "/gestion?filter=New");
        Assert.Contains(queue.QuerySelectorAll("table.queue a"), a => a.TextContent == "Guichet unique RSA de test");
        var (_, editorPage) = await Html.Get(editor, backOffice);
        var buttons = editorPage.QuerySelectorAll("form.workflow-action button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Envoyer en évaluation", "Demander des modifications", "Refuser", "Publier"], buttons);
    }

    [Fact]
    public async Task Of_two_sessions_editing_at_once_the_second_gets_a_conflict_with_its_text_kept()
    {
        var author = await SignIn.CreateMember(site);
        var first = await SignIn.SignedInClient(site, author);
        var second = await SignIn.SignedInClient(site, author);
        var created = await Forms.Submit(first, "/fiches/nouvelle", CompleteForm("Version commune").With("command", "save"));
        var editUrl = created.Headers.Location!.OriginalString;

        var (_, firstForm) = await Html.Get(first, editUrl);
        var (_, secondForm) = await Html.Get(second, editUrl);
        var version = firstForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(version, secondForm.QuerySelector("input[name=Version]")!.GetAttribute("value"));

        var saved = await Forms.Post(first, firstForm, editUrl, CompleteForm("Texte de la première session").With("Version", version).With("command", "save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await Forms.Post(second, secondForm, editUrl, CompleteForm("Texte de la seconde session").With("Version", version).With("command", "save"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = await Html.Parse(conflict);
        Assert.Contains("Quelqu'un a modifié cette fiche", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Texte de la seconde session", page.QuerySelector("#Title")?.GetAttribute("value"));

        await using var scope = site.Scope();
        var id = long.Parse(editUrl.Split('/')[2]);
        var initiative = await site.Db(scope).Initiatives.Include(i => i.CurrentRevision).SingleAsync(i => i.Id == id);
        Assert.Equal("Texte de la première session", initiative.CurrentRevision!.Content.Title);
    }

    [Fact]
    public async Task Revisions_are_compared_field_by_field_with_changes_marked()
    {
        var client = await SignIn.SignedInClient(site);
        var created = await Forms.Submit(client, "/fiches/nouvelle", CompleteForm("Avant la révision").With("command", "save"));
        var editUrl = created.Headers.Location!.OriginalString;
        var (_, form) = await Html.Get(client, editUrl);
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        await Forms.Post(client, form, editUrl, CompleteForm("Après la révision").With("Version", version).With("command", "save").With("Stage", "experimentation"));

        var id = editUrl.Split('/')[2];
        var (response, page) = await Html.Get(client, $"/gestion/fiches/{id}/comparer?a=1&b=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var title = page.QuerySelectorAll("tr.changed").Single(r => r.QuerySelector("th")!.TextContent.Contains("Titre"));
        Assert.Contains("Avant", title.QuerySelector("del")!.TextContent);
        Assert.Contains("Après", title.QuerySelector("ins")!.TextContent);
        Assert.Equal(["Titre", "Stade"], page.QuerySelectorAll("tr.changed").Select(r => r.QuerySelector("th")!.TextContent.Trim().Split(' ')[0]));
        // Coded values read as their French labels.
        var stage = page.QuerySelectorAll("tr.changed").Single(r => r.QuerySelector("th")!.TextContent.Contains("Stade"));
        Assert.Contains("Établi", stage.QuerySelector("del")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("etabli", stage.TextContent);
        var unchanged = page.QuerySelectorAll("tr").Select(r => r.TextContent).ToList();
        Assert.Contains(unchanged, r => r.Contains("Accompagnement social") && !r.Contains("accompagnement-social"));
        Assert.Contains(unchanged, r => r.Contains("CCAS de Vitry-sur-Seine (Commune ou CCAS)"));
        Assert.Contains(unchanged, r => r.Contains("Val-de-Marne"));
        // The cells hold the texts as written (they are shown with their own line breaks).
        var summary = page.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Résumé");
        Assert.Equal("Un guichet commun au CCAS pour les demandes de RSA.", summary.QuerySelector("td.diff")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/gestion/fiches/{id}/comparer?a=1&b=9")).StatusCode);
    }

    [Fact]
    public async Task Rows_are_added_with_a_button_and_removed_by_emptying_them()
    {
        var client = await SignIn.SignedInClient(site);
        var fields = CompleteForm("Fiche aux partenaires");
        fields["Partners[1].Name"] = "Mission locale";
        fields["Partners[1].Type"] = "association";
        fields["Funders[0]"] = "CAF";
        var page = await PostNewForm(client, fields.With("command", "add-row"), HttpStatusCode.OK);
        Assert.Equal("Mission locale", page.QuerySelector("#Partners_1_Name")?.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Partners_2_Name")?.GetAttribute("value") ?? "");
        Assert.NotNull(page.QuerySelector("#Partners_2_Name"));
        Assert.NotNull(page.QuerySelector("#Funders_1"));

        fields["command"] = "save";
        var saved = await Forms.Submit(client, "/fiches/nouvelle", fields);
        var editUrl = saved.Headers.Location!.OriginalString;
        var (_, form) = await Html.Get(client, editUrl);
        fields["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        fields["Partners[0].Name"] = "";
        fields["Partners[0].Type"] = "";
        fields["Partners[0].Role"] = "";
        await Forms.Post(client, form, editUrl, fields);

        await using var scope = site.Scope();
        var id = long.Parse(editUrl.Split('/')[2]);
        var content = (await site.Db(scope).Initiatives.Include(i => i.CurrentRevision).SingleAsync(i => i.Id == id)).CurrentRevision!.Content;
        Assert.Equal(["Mission locale"], content.Partners.Select(p => p.Name));
        Assert.Equal(["CAF"], content.Funders);
    }

    [Fact]
    public async Task The_preview_uses_the_safe_markdown_pipeline()
    {
        var client = await SignIn.SignedInClient(site);
        var (_, page) = await Html.Get(client, "/fiches/nouvelle");
        var token = Html.Token(page, "/fiches/nouvelle");
        var response = await client.PostAsync("/fiches/apercu", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdownText"] = "**gras** <script>alert(1)</script> [x](javascript:alert(1))",
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>gras</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("href", html);
    }

    [Fact]
    public async Task The_author_is_notified_in_the_header_when_an_editor_acts()
    {
        var author = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, author);
        var fields = CompleteForm("Fiche à notifier par la page");
        fields["command"] = "submit";
        var backOffice = (await Forms.Submit(client, "/fiches/nouvelle", fields)).Headers.Location!.OriginalString;

        var editor = await SignIn.SignedInClient(site, Roles.Editor);
        var (_, editorPage) = await Html.Get(editor, backOffice);
        var version = editorPage.QuerySelector("form.workflow-action input[name=version]")!.GetAttribute("value")!;
        var published = await Forms.Post(editor, editorPage, backOffice + "/actions", new Dictionary<string, string>
        {
            ["action"] = nameof(WorkflowAction.Publish), ["version"] = version, ["message"] = "Bravo, c'est en ligne.",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var (_, confirmed) = await Html.Get(editor, published.Headers.Location!.OriginalString);
        Assert.Equal("La fiche est publiée.", confirmed.QuerySelector(".alert-success[role=status]")?.TextContent.Trim());

        var (_, home) = await Html.Get(client, "/");
        Assert.Equal("1", home.QuerySelector(".notification-count")?.TextContent.Trim());
        var (_, list) = await Html.Get(client, "/notifications");
        Assert.Contains("Bravo, c'est en ligne.", list.QuerySelector(".notifications")!.TextContent);
        var mail = await Mailbox.WaitFor(site, author.Email);
        Assert.Contains("la fiche est publiée", mail.Body);
    }
}

public sealed class SqliteWritingPagesTests(SqliteSite site) : WritingPagesTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlWritingPagesTests(PostgreSqlSite site) : WritingPagesTests<PostgreSqlSite>(site);
