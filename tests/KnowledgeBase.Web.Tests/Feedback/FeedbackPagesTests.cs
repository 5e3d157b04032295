using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Tests.Reviews;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Feedback;

/// <summary>Practitioners' feedback through the pages: posting, first-contribution moderation, reports, rights.</summary>
public abstract class FeedbackPagesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_first_feedback_waits_for_an_editor_then_appears_with_the_territories_count()
    {
        var slug = Published("Fiche à reproduire " + Guid.NewGuid().ToString("N")[..6]);
        var member = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, member);
        var editor = await SignIn.SignedInClient(site, Roles.Editor);
        var visitor = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (_, anonymousPage) = await Html.Get(visitor, $"/initiatives/{slug}");
        Assert.Contains("Connectez-vous pour partager", anonymousPage.QuerySelector("#retours")!.TextContent);
        Assert.Null(anonymousPage.QuerySelector("form.feedback-form"));

        var (_, page) = await Html.Get(client, $"/initiatives/{slug}");
        var posted = await Forms.Post(client, page, $"/initiatives/{slug}/retours",
        [
            new("Kind", "Reproduced"), new("Text", "RETOUR-VILLEURBANNE : lancé avec la mission locale."),
            new("DepartementCode", "69"), new("Commune", "Villeurbanne"), new("Outcome", "Successful"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("RETOUR-VILLEURBANNE", await client.GetStringAsync($"/initiatives/{slug}"));
        Assert.DoesNotContain("RETOUR-VILLEURBANNE", await visitor.GetStringAsync($"/initiatives/{slug}"));

        var (_, queue) = await Html.Get(editor, "/gestion/retours");
        Assert.Contains("RETOUR-VILLEURBANNE", queue.Body!.TextContent);
        var id = FeedbackId("RETOUR-VILLEURBANNE");
        var decided = await Forms.Post(editor, queue, $"/gestion/retours/{id}", [new("decision", "publish")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var (_, publicPage) = await Html.Get(visitor, $"/initiatives/{slug}");
        var section = publicPage.QuerySelector("#retours")!.TextContent;
        Assert.Contains("RETOUR-VILLEURBANNE", section);
        Assert.Contains("Reproduite sur 1 territoire.", section);
        Assert.Contains("Villeurbanne, Rhône (69)", section);
        Assert.Contains(member.DisplayName, section);
    }

    [Fact]
    public async Task Invalid_feedback_is_refused_in_french_next_to_the_fields_with_the_text_kept()
    {
        var slug = Published("Fiche au formulaire " + Guid.NewGuid().ToString("N")[..6]);
        var client = await SignIn.SignedInClient(site);
        var (_, page) = await Html.Get(client, $"/initiatives/{slug}");
        var response = await Forms.Post(client, page, $"/initiatives/{slug}/retours",
            [new("Kind", "Reproduced"), new("Text", "Mon texte à garder"), new("Outcome", "nimporte-quoi")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var form = await Html.Parse(response);
        Assert.Equal("Mon texte à garder", form.QuerySelector("#feedback-text")!.TextContent);
        Assert.Equal("Indiquez le département où vous l'avez reproduite.", form.QuerySelector(".field-error[data-field='DepartementCode']")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector(".field-error[data-field='Outcome']"));
        Assert.NotNull(form.QuerySelector("#kind-Reproduced[checked]"));

        var token = Html.Token(page, $"/initiatives/{slug}/retours");
        var unknown = await client.PostAsync("/initiatives/fiche-qui-n-existe-pas/retours",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Kind", "Remark"), new("Text", "x")]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var visitor = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var anonymous = await visitor.GetAsync($"/initiatives/{slug}/retours/nouveau");
        Assert.StartsWith("/compte/connexion", anonymous.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Feedback_reported_by_three_members_is_hidden_until_an_editor_restores_it()
    {
        var slug = Published("Fiche signalée " + Guid.NewGuid().ToString("N")[..6]);
        var writer = await SignIn.CreateMember(site, Roles.Editor);
        var writerClient = await SignIn.SignedInClient(site, writer);
        var (_, page) = await Html.Get(writerClient, $"/initiatives/{slug}");
        await Forms.Post(writerClient, page, $"/initiatives/{slug}/retours", [new("Kind", "Remark"), new("Text", "RETOUR-SIGNALE discutable")]);
        var id = FeedbackId("RETOUR-SIGNALE");

        // Its author cannot report it.
        var (_, own) = await Html.Get(writerClient, $"/initiatives/{slug}");
        Assert.Null(own.QuerySelector($"form[action='/initiatives/{slug}/retours/{id}/signaler']"));
        for (var n = 0; n < 3; n++)
        {
            var reporter = await SignIn.SignedInClient(site);
            var (_, seen) = await Html.Get(reporter, $"/initiatives/{slug}");
            var reported = await Forms.Post(reporter, seen, $"/initiatives/{slug}/retours/{id}/signaler", [new("reason", "Hors sujet")]);
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        }
        var visitor = site.CreateClient();
        Assert.DoesNotContain("RETOUR-SIGNALE", await visitor.GetStringAsync($"/initiatives/{slug}"));
        // Pasting its id to report it again finds nothing now that it is hidden.
        var late = await SignIn.SignedInClient(site);
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewPagesTests<TSite>.Post(late, $"/initiatives/{slug}/retours/{id}/signaler",
            await ReviewPagesTests<TSite>.AnyToken(late), ("reason", "x"))).StatusCode);

        var editor = await SignIn.SignedInClient(site, Roles.Editor);
        var (_, queue) = await Html.Get(editor, "/gestion/retours");
        Assert.Contains("Signalements depuis la dernière décision : 3", queue.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Post(editor, queue, $"/gestion/retours/{id}", [new("decision", "publish")])).StatusCode);
        Assert.Contains("RETOUR-SIGNALE", await visitor.GetStringAsync($"/initiatives/{slug}"));
    }

    [Fact]
    public async Task Only_editors_moderate()
    {
        var member = await SignIn.SignedInClient(site, Roles.Reviewer);
        var token = await ReviewPagesTests<TSite>.AnyToken(member);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/gestion/retours")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReviewPagesTests<TSite>.Post(member, "/gestion/retours/1", token, ("decision", "hide"))).StatusCode);
        var editor = await SignIn.SignedInClient(site, Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewPagesTests<TSite>.Post(editor, "/gestion/retours/99999999",
            await ReviewPagesTests<TSite>.AnyToken(editor), ("decision", "hide"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewPagesTests<TSite>.Post(editor, "/gestion/retours/1",
            await ReviewPagesTests<TSite>.AnyToken(editor), ("decision", "n'importe quoi"))).StatusCode);
    }

    private string Published(string title) => new InitiativeBuilder(site).Titled(title).Build(WorkflowState.Published).Slug;

    private long FeedbackId(string marker)
    {
        using var scope = site.Scope();
        return site.Db(scope).Feedback.AsNoTracking().Where(f => f.Text.Contains(marker)).Select(f => f.Id).Single();
    }
}

public sealed class SqliteFeedbackPagesTests(SqliteSite site) : FeedbackPagesTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlFeedbackPagesTests(PostgreSqlSite site) : FeedbackPagesTests<PostgreSqlSite>(site);
