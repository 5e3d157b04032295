using AngleSharp.Dom;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Reviews;

/// <summary>
/// Peer evaluation through HTTP, signed in as each person: two rounds from assignment to
/// publication, conflicts of interest, the author never learning who reviewed, and every page
/// refusing the wrong person (403) or hiding what they must not know exists (404).
/// </summary>
public abstract partial class ReviewPagesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly TSite site = site;

    private sealed record Signed(TestMember Member, HttpClient Client);

    [Fact]
    public async Task A_two_round_evaluation_runs_through_the_pages_and_the_author_never_learns_who_reviewed()
    {
        var author = await Person(Roles.Member);
        var editor = await Person(Roles.Editor);
        var first = await Person(Roles.Reviewer, "Organisation secrète Alpha");
        var second = await Person(Roles.Reviewer, "Organisation secrète Bêta");
        var title = "Parcours logement " + Guid.NewGuid().ToString("N")[..6];
        var id = Submitted(author.Member, title);

        // Round 1: the editor sends it to review and invites both reviewers at once, each with a due date.
        await SendToReview(editor.Client, id);
        var (_, back) = await Html.Get(editor.Client, $"/gestion/fiches/{id}");
        Assert.NotNull(back.QuerySelector($"a[href='/gestion/fiches/{id}/evaluateurs']"));
        var (assignPage, assignDoc) = await Html.Get(editor.Client, $"/gestion/fiches/{id}/evaluateurs");
        Assert.Equal(HttpStatusCode.OK, assignPage.StatusCode);
        Assert.Contains("Organisation secrète Alpha", assignDoc.Body!.TextContent);
        var due = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd");
        var invited = await Forms.Post(editor.Client, assignDoc, $"/gestion/fiches/{id}/evaluateurs",
        [
            new("selected", first.Member.Id), new("selected", second.Member.Id),
            new($"due[{first.Member.Id}]", due), new($"due[{second.Member.Id}]", due),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        // The second reviewer answers first; the first cannot see that review before submitting theirs.
        await Review(second, id, 3, "AVIS-BETA-1", "NOTE-SECRETE-BETA-1");
        var a1 = Assignment(id, first.Member.Id);
        var (inbox, inboxDoc) = await Html.Get(first.Client, "/evaluations");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.NotNull(inboxDoc.QuerySelector($"a[href='/evaluations/{a1}']"));
        await Accept(first, a1);
        var beforeOwn = await first.Client.GetStringAsync($"/evaluations/{a1}");
        Assert.DoesNotContain("AVIS-BETA-1", beforeOwn);

        // A draft is kept; an incomplete submission is refused in French with the text kept.
        var keys = CriterionKeys();
        var draft = await PostReview(first, a1, keys.Take(2).SelectMany(k => Score(k, 4, "Brouillon " + k)).Append(new("command", "draft")));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var (_, draftDoc) = await Html.Get(first.Client, $"/evaluations/{a1}");
        Assert.Equal("Brouillon " + keys[0], draftDoc.QuerySelector($"#comment-{keys[0]}")!.TextContent);
        var incomplete = await PostReview(first, a1, keys.SelectMany(k => Score(k, 4, "Texte gardé " + k)).Append(new("command", "submit")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        var incompleteDoc = await Html.Parse(incomplete);
        Assert.Equal("Texte gardé " + keys[1], incompleteDoc.QuerySelector($"#comment-{keys[1]}")!.TextContent);
        Assert.Equal("Choisissez une recommandation.", incompleteDoc.QuerySelector(".field-error[data-field='Recommendation']")!.TextContent.Trim());

        await Submit(first, a1, 4, "AVIS-ALPHA-1", "NOTE-SECRETE-ALPHA-1");
        var afterOwn = await first.Client.GetStringAsync($"/evaluations/{a1}");
        Assert.Contains("AVIS-BETA-1", afterOwn);
        Assert.DoesNotContain("NOTE-SECRETE-BETA-1", afterOwn);
        Assert.DoesNotContain(second.Member.DisplayName, afterOwn);

        // The editor sees them side by side, named, with mean and spread, and requests changes.
        var (_, decisionDoc) = await Html.Get(editor.Client, $"/gestion/fiches/{id}/evaluations");
        var table = decisionDoc.QuerySelector("table.side-by-side")!.TextContent;
        Assert.Contains(first.Member.DisplayName, table);
        Assert.Contains(second.Member.DisplayName, table);
        Assert.Contains("3,5", table);
        Assert.Contains("NOTE-SECRETE-ALPHA-1", decisionDoc.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(editor.Client, id, "RequestChanges", null, "Précisez l'évaluation des résultats.")).StatusCode);
        Assert.Equal(WorkflowState.ChangesRequested, State(id));

        // The author reads the reviews, anonymised.
        var (_, authorDoc) = await Html.Get(author.Client, $"/gestion/fiches/{id}");
        var authorText = authorDoc.Body!.TextContent;
        Assert.Contains("Évaluations reçues", authorText);
        Assert.Contains("AVIS-ALPHA-1", authorText);
        Assert.Contains("AVIS-BETA-1", authorText);

        // Round 2: revised and resubmitted; the editor re-invites both reviewers in one click.
        Revise(author.Member, id, title);
        await SendToReview(editor.Client, id);
        var (_, panel) = await Html.Get(editor.Client, $"/gestion/fiches/{id}");
        var reinvite = await Forms.Post(editor.Client, panel, $"/gestion/fiches/{id}/evaluateurs/reinviter", [new("dueDate", due)]);
        Assert.Equal(HttpStatusCode.Redirect, reinvite.StatusCode);
        await Review(first, id, 4, "AVIS-ALPHA-2", "NOTE-SECRETE-ALPHA-2");
        await Review(second, id, 4, "AVIS-BETA-2", "NOTE-SECRETE-BETA-2");
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(editor.Client, id, "Publish", "eprouve", "Publiée après deux tours.")).StatusCode);
        Assert.Equal(WorkflowState.Published, State(id));

        // The public page shows the evidence level, the number of reviews and the means; the search filters on it.
        var slug = Slug(id);
        var anonymous = site.CreateClient();
        var (_, publicDoc) = await Html.Get(anonymous, $"/initiatives/{slug}");
        var badge = publicDoc.QuerySelector(".evidence")!.TextContent;
        Assert.Contains("Éprouvée", badge);
        Assert.Contains("évaluée par 2 pairs", badge);
        Assert.Equal(keys.Count, publicDoc.QuerySelectorAll(".review-summary tbody tr").Count(r => r.TextContent.Contains("4,0")));
        await Eventually.IndexCaughtUp(site);
        Assert.Contains(title, await anonymous.GetStringAsync("/recherche?evidence=eprouve"));

        // Nothing the author can open, and no email they received, says who reviewed or what the confidential notes say.
        await Mailbox.WaitFor(site, author.Member.Email, 6);
        var seen = new List<string>();
        foreach (var url in new[] { $"/gestion/fiches/{id}", "/notifications", "/mes-fiches", $"/initiatives/{slug}", "/evaluations",
                     $"/api/search?q={Uri.EscapeDataString(title)}", $"/gestion/fiches/{id}/comparer?a=1&b=2" })
            seen.Add(await author.Client.GetStringAsync(url));
        seen.AddRange(Mailbox.To(site, author.Member.Email).Select(m => m.Subject + "\n" + m.Body));
        Assert.Contains(seen, s => s.Contains("AVIS-ALPHA-2"));
        foreach (var text in seen)
            foreach (var secret in Secrets(first, second).Concat(["NOTE-SECRETE"]))
                Assert.DoesNotContain(secret, text);
        // Nor can they open the editor's pages.
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync($"/gestion/fiches/{id}/evaluations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await author.Client.GetAsync($"/evaluations/{a1}")).StatusCode);
    }

    [Fact]
    public async Task Conflicts_of_interest_are_shown_and_refused_with_the_reason()
    {
        var author = await Person(Roles.Member);
        var editor = await Person(Roles.Editor);
        // The write-up is led by "CCAS de Rennes" with a partner; these reviewers belong to them.
        var colleague = await Person(Roles.Reviewer, "ccas de rennes");
        var partner = await Person(Roles.Reviewer, "Maison de l'Emploi – Rennes Métropole");
        var id = Submitted(author.Member, "Fiche avec partenaires", partnerName: "Maison de l'emploi Rennes Métropole");
        await SendToReview(editor.Client, id);

        var (_, page) = await Html.Get(editor.Client, $"/gestion/fiches/{id}/evaluateurs");
        var row = page.QuerySelector($"#select-{colleague.Member.Id}")!;
        Assert.True(row.HasAttribute("disabled"));
        Assert.Contains("structure porteuse (CCAS de Rennes)", row.Closest("tr")!.TextContent);
        Assert.Contains("structure partenaire", page.QuerySelector($"#select-{partner.Member.Id}")!.Closest("tr")!.TextContent);

        // Posted anyway (the checkbox is disabled in the page): refused, nobody invited, reasons next to the rows.
        var due = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd");
        var response = await Forms.Post(editor.Client, page, $"/gestion/fiches/{id}/evaluateurs",
            [new("selected", colleague.Member.Id), new("selected", partner.Member.Id), new($"due[{colleague.Member.Id}]", due), new($"due[{partner.Member.Id}]", due)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Html.Parse(response);
        Assert.Contains("conflit d'intérêts", refused.QuerySelector(".alert-danger")!.TextContent);
        Assert.Contains("structure porteuse", refused.QuerySelector($".field-error[data-field='due[{colleague.Member.Id}]']")?.TextContent ?? refused.Body!.TextContent);
        await using (var scope = site.Scope())
            Assert.False(await site.Db(scope).ReviewAssignments.AnyAsync(a => a.InitiativeId == id));

        // The author, who is not a reviewer, is not even a candidate; a past due date is refused in French.
        var fine = await Person(Roles.Reviewer, "Département d'Ille-et-Vilaine");
        var past = await Forms.Post(editor.Client, page, $"/gestion/fiches/{id}/evaluateurs",
            [new("selected", fine.Member.Id), new($"due[{fine.Member.Id}]", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("postérieure à aujourd'hui", (await Html.Parse(past)).Body!.TextContent);
    }

    [Fact]
    public async Task Each_role_reaches_only_its_own_review_pages_even_with_ids_pasted_in_urls()
    {
        var author = await Person(Roles.Member);
        var editor = await Person(Roles.Editor);
        var first = await Person(Roles.Reviewer, "Structure A " + Guid.NewGuid().ToString("N")[..4]);
        var second = await Person(Roles.Reviewer, "Structure B " + Guid.NewGuid().ToString("N")[..4]);
        var other = await Person(Roles.Member);
        var admin = await Person(Roles.Admin);
        var id = Submitted(author.Member, "Fiche des droits");
        await SendToReview(editor.Client, id);
        using (var scope = site.Scope())
            Assert.True(scope.ServiceProvider.GetRequiredService<ReviewerInvitations>().Assign(id,
                [new Invitation(first.Member.Id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9))), new Invitation(second.Member.Id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(9)))],
                new Actor(editor.Member.Id, true)).Succeeded);
        var a2 = Assignment(id, second.Member.Id);
        var token = await AnyToken(first.Client);

        // Another reviewer's assignment does not exist for them, whatever they try.
        Assert.Equal(HttpStatusCode.NotFound, (await first.Client.GetAsync($"/evaluations/{a2}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(first.Client, $"/evaluations/{a2}/accepter", token, ("declaresNoConflict", "true"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(first.Client, $"/evaluations/{a2}/decliner", token, ("reason", "Non."))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(first.Client, $"/evaluations/{a2}", token, ("command", "submit"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await first.Client.GetAsync("/evaluations/99999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync($"/evaluations/{a2}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/evaluations/{a2}")).StatusCode);
        await using (var scope = site.Scope())
            Assert.Equal(AssignmentState.Invited, (await site.Db(scope).ReviewAssignments.SingleAsync(a => a.Id == a2)).State);

        // Editors' pages: 403 for members, reviewers and authors; sign-in for visitors; 404 for unknown write-ups.
        foreach (var who in new[] { author, first, other })
        {
            var t = await AnyToken(who.Client);
            Assert.Equal(HttpStatusCode.Forbidden, (await who.Client.GetAsync($"/gestion/fiches/{id}/evaluateurs")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await who.Client.GetAsync($"/gestion/fiches/{id}/evaluations")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(who.Client, $"/gestion/fiches/{id}/evaluateurs", t, ("selected", who.Member.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(who.Client, $"/gestion/fiches/{id}/evaluateurs/reinviter", t, ("dueDate", "2030-01-01"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(who.Client, $"/gestion/fiches/{id}/evaluateurs/{a2}/retirer", t)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(who.Client, $"/gestion/fiches/{id}/decision", t, ("decision", "Reject"), ("version", Guid.Empty.ToString()))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await who.Client.GetAsync("/admin/grille-d-evaluation")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/admin/grille-d-evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/grille-d-evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync("/gestion/fiches/99999999/evaluateurs")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Client.GetAsync("/gestion/fiches/99999999/evaluations")).StatusCode);
        // Withdrawing through another write-up's address does not find the assignment.
        var otherId = Submitted(author.Member, "Autre fiche");
        Assert.Equal(HttpStatusCode.NotFound, (await Post(editor.Client, $"/gestion/fiches/{otherId}/evaluateurs/{a2}/retirer", await AnyToken(editor.Client))).StatusCode);
        var visitor = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var url in new[] { "/evaluations", $"/evaluations/{a2}", $"/gestion/fiches/{id}/evaluateurs", $"/gestion/fiches/{id}/evaluations" })
        {
            var response = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/compte/connexion", response.Headers.Location!.PathAndQuery);
        }
        // A review form posted without the antiforgery token is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await second.Client.PostAsync($"/evaluations/{a2}/accepter",
            new FormUrlEncodedContent([new("declaresNoConflict", "true")]))).StatusCode);
    }

    [Fact]
    public async Task Decisions_need_enough_reviews_for_a_peer_evaluated_level_and_keep_the_message()
    {
        var (author, editor, reviewer, id) = await OneReviewerInvited("Fiche à une seule évaluation", "Structure C ");
        await Review(reviewer, id, 4, "SEUL-AVIS", "SEULE-NOTE");

        var response = await Decide(editor.Client, id, "Publish", "prometteur", "Mon message gardé");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.Parse(response);
        Assert.Contains("au moins 2 évaluations", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Mon message gardé", page.QuerySelector("#Message")!.TextContent);
        Assert.Equal(WorkflowState.UnderReview, State(id));
        var stale = await Decide(editor.Client, id, "Reject", null, "Version périmée", Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Decide(editor.Client, id, "Publish", "emergent", null)).StatusCode);
        Assert.Equal(WorkflowState.Published, State(id));
    }
}

public sealed class SqliteReviewPagesTests(SqliteSite site) : ReviewPagesTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlReviewPagesTests(PostgreSqlSite site) : ReviewPagesTests<PostgreSqlSite>(site);
