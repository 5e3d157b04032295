using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Selection;

/// <summary>"Ma sélection": keeping write-ups, exporting them, being told when they change; each member's own only.</summary>
public abstract class SelectionTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly ReviewTestData data = new(site);

    private async Task<(long Id, string Slug, string Title, Person Author, Person Editor)> Published()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var title = "Fiche suivie " + Guid.NewGuid().ToString("N")[..8];
        var id = data.Create(author, new ContentBuilder().Titled(title).Build());
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        return (id, data.Initiative(id).Slug, title, author, editor);
    }

    private static async Task<HttpResponseMessage> Keep(HttpClient client, string slug, long id, bool keep = true)
    {
        var (_, page) = await Html.Get(client, $"/initiatives/{slug}");
        // The page shows one of the two forms; its token is the member's, good for either.
        var shown = page.QuerySelector("form.selection-form")!.GetAttribute("action")!;
        return await client.PostAsync(keep ? "/ma-selection/garder" : "/ma-selection/retirer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["initiativeId"] = id.ToString(), ["returnUrl"] = $"/initiatives/{slug}", ["__RequestVerificationToken"] = Html.Token(page, shown),
        }));
    }

    [Fact]
    public async Task A_member_keeps_and_removes_write_ups_from_the_write_up_page()
    {
        var (id, slug, title, _, _) = await Published();
        var client = await SignIn.SignedInClient(site);
        var (_, before) = await Html.Get(client, $"/initiatives/{slug}");
        Assert.Contains("Garder dans ma sélection", before.QuerySelector("form[action='/ma-selection/garder'] button")!.TextContent);

        var kept = await Keep(client, slug, id);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal($"/initiatives/{slug}", kept.Headers.Location?.OriginalString);
        var (_, after) = await Html.Get(client, $"/initiatives/{slug}");
        Assert.Equal("true", after.QuerySelector("form[action='/ma-selection/retirer'] button")!.GetAttribute("aria-pressed"));
        Assert.NotNull(after.QuerySelector("[role=status].alert-success"));
        Assert.Equal(HttpStatusCode.Redirect, (await Keep(client, slug, id)).StatusCode); // twice is once

        var (_, list) = await Html.Get(client, "/ma-selection");
        Assert.Single(list.QuerySelectorAll(".selection-item"), i => i.TextContent.Contains(title));

        Assert.Equal(HttpStatusCode.Redirect, (await Keep(client, slug, id, keep: false)).StatusCode);
        var (_, empty) = await Html.Get(client, "/ma-selection");
        Assert.DoesNotContain(title, empty.Body!.TextContent);
    }

    [Fact]
    public async Task The_selection_exports_as_csv_and_markdown()
    {
        var a = await Published();
        var b = await Published();
        var client = await SignIn.SignedInClient(site);
        await Keep(client, a.Slug, a.Id);
        await Keep(client, b.Slug, b.Id);
        var (_, page) = await Html.Get(client, "/ma-selection");
        Assert.NotNull(page.QuerySelector("a[href='/ma-selection.csv']"));

        var csv = await CsvFiles.Get(client, "/ma-selection.csv");
        Assert.Equal("Fiche", csv[0][0]);
        Assert.Equal([b.Slug, a.Slug], csv.Skip(1).Select(r => r[0]));
        Assert.Equal(a.Title, csv.Single(r => r[0] == a.Slug)[1]);
        Assert.Equal(page.QuerySelectorAll(".selection-item h2").Select(h => h.TextContent.Trim()), csv.Skip(1).Select(r => r[1]));

        var markdown = await client.GetAsync("/ma-selection.md");
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        var text = await markdown.Content.ReadAsStringAsync();
        Assert.StartsWith("# Ma sélection\n", text);
        Assert.Contains($"## {a.Title}\n", text);
        Assert.Contains($"/initiatives/{b.Slug}\n", text);
        Assert.DoesNotContain("@example.org", text);
    }

    [Fact]
    public async Task Each_member_sees_and_changes_only_their_own_selection()
    {
        var (id, slug, title, _, _) = await Published();
        var alice = await SignIn.SignedInClient(site);
        var bob = await SignIn.SignedInClient(site);
        await Keep(alice, slug, id);
        var (_, bobs) = await Html.Get(bob, "/ma-selection");
        Assert.DoesNotContain(title, bobs.Body!.TextContent);
        Assert.DoesNotContain(title, await bob.GetStringAsync("/ma-selection.csv"));
        // Bob "removing" it only touches his own (empty) selection.
        await Keep(bob, slug, id, keep: false);
        var (_, alices) = await Html.Get(alice, "/ma-selection");
        Assert.Contains(title, alices.Body!.TextContent);
    }

    [Theory]
    [InlineData("/ma-selection")]
    [InlineData("/ma-selection.csv")]
    [InlineData("/ma-selection.md")]
    public async Task Visitors_are_sent_to_sign_in(string url)
    {
        var visitor = site.CreateClient(new() { AllowAutoRedirect = false });
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/compte/connexion", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Keeping_needs_a_signed_in_member_a_token_and_a_public_write_up()
    {
        var (id, slug, _, author, _) = await Published();
        var visitor = site.CreateClient(new() { AllowAutoRedirect = false });
        var (_, page) = await Html.Get(visitor, $"/initiatives/{slug}");
        Assert.Null(page.QuerySelector("form[action='/ma-selection/garder']"));
        Assert.NotNull(page.QuerySelector($"a[href='/compte/connexion?returnUrl=/initiatives/{slug}']"));
        var anonymous = await visitor.PostAsync("/ma-selection/garder", new FormUrlEncodedContent(new Dictionary<string, string> { ["initiativeId"] = id.ToString() }));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.False(anonymous.IsSuccessStatusCode && anonymous.StatusCode != HttpStatusCode.Redirect);

        var member = await SignIn.SignedInClient(site);
        var noToken = await member.PostAsync("/ma-selection/garder", new FormUrlEncodedContent(new Dictionary<string, string> { ["initiativeId"] = id.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        // A draft (changed id in the form) cannot be kept; an off-site returnUrl is ignored.
        var draft = data.Create(author, new ContentBuilder().Titled("Brouillon non public").Build());
        var (_, own) = await Html.Get(member, $"/initiatives/{slug}");
        var refused = await Forms.Post(member, own, "/ma-selection/garder", new Dictionary<string, string> { ["initiativeId"] = draft.ToString() });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var offSite = await Forms.Post(member, own, "/ma-selection/garder", new Dictionary<string, string> { ["initiativeId"] = id.ToString(), ["returnUrl"] = "//ailleurs.example/piege" });
        Assert.Equal("/ma-selection", offSite.Headers.Location?.OriginalString);
        await using var scope = site.Scope();
        Assert.False(await site.Db(scope).SelectionItems.AnyAsync(s => s.InitiativeId == draft));
    }

    [Fact]
    public async Task Followers_are_told_in_the_app_and_by_email_when_a_kept_write_up_is_revised()
    {
        var (id, slug, title, author, editor) = await Published();
        var follower = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, follower);
        await Keep(client, slug, id);

        // The author revises the published write-up; the editor publishes the new revision.
        var revised = new ContentBuilder().Titled(title).WithContext("Un contexte précisé après un an de fonctionnement.").Build();
        data.With<InitiativeWorkflow, WorkflowOutcome>(w => w.Save(id, data.Initiative(id).Version, revised, author.Actor));
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);

        var (_, notifications) = await Html.Get(client, "/notifications");
        var notice = notifications.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent.Contains(title) && a.TextContent.Contains("mise à jour"));
        Assert.NotNull(notice);
        Assert.Equal($"/initiatives/{slug}", notice!.GetAttribute("href"));
        var mail = await Mailbox.WaitFor(site, follower.Email);
        Assert.Contains(title, mail.Subject);
        Assert.Contains($"/initiatives/{slug}", mail.Body);
        // The editor who published is not told about their own act.
        await using var scope = site.Scope();
        Assert.False(await site.Db(scope).Notifications.AnyAsync(n => n.MemberId == editor.Id && n.Text.Contains("votre sélection")));
    }

    [Fact]
    public async Task Followers_are_told_when_a_kept_write_up_gets_feedback()
    {
        var (id, slug, title, _, editor) = await Published();
        var follower = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, follower);
        await Keep(client, slug, id);

        // A first-time contributor's feedback waits for moderation: nobody is told until it is visible.
        var practitioner = await data.Member();
        Assert.True(data.With<FeedbackSharing, FeedbackOutcome>(f => f.Post(id, new FeedbackInput(FeedbackKind.Remark, "Nous l'avons testé à Brest.", null, null, null), practitioner.Actor)).Succeeded);
        await using (var scope = site.Scope())
            Assert.False(await site.Db(scope).Notifications.AnyAsync(n => n.MemberId == follower.Id && n.InitiativeId == id));
        var feedbackId = await LastFeedback(id);
        Assert.True(data.With<FeedbackModeration, FeedbackOutcome>(m => m.Decide(feedbackId, true, editor.Actor)).Succeeded);

        var (_, notifications) = await Html.Get(client, "/notifications");
        Assert.Contains(notifications.QuerySelectorAll("a"), a => a.TextContent.Contains("Nouveau retour") && a.TextContent.Contains(title)
                                                               && a.GetAttribute("href") == $"/initiatives/{slug}#retours");
        var mail = await Mailbox.WaitFor(site, follower.Email);
        Assert.Contains("retour", mail.Subject);

        // A trusted member's feedback is visible at once: followers are told at once, the writer is not.
        Assert.True(data.With<FeedbackSharing, FeedbackOutcome>(f => f.Post(id, new FeedbackInput(FeedbackKind.Question, "Quel budget la première année ?", null, null, null), practitioner.Actor)).Succeeded);
        await Mailbox.WaitFor(site, follower.Email, 2);
        await using (var scope = site.Scope())
            Assert.False(await site.Db(scope).Notifications.AnyAsync(n => n.MemberId == practitioner.Id && n.Text.Contains("votre sélection")));
    }

    private async Task<long> LastFeedback(long initiativeId)
    {
        await using var scope = site.Scope();
        return await site.Db(scope).Feedback.Where(f => f.InitiativeId == initiativeId).MaxAsync(f => f.Id);
    }
}

public sealed class SqliteSelectionTests(SqliteSite site) : SelectionTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlSelectionTests(PostgreSqlSite site) : SelectionTests<PostgreSqlSite>(site);
