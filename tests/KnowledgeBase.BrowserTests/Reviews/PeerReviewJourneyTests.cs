using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Reviews;

/// <summary>
/// An editor and two reviewers run a two-round peer evaluation entirely in the browser, and
/// axe-core finds no WCAG 2.1 A/AA violation on the review pages along the way.
/// </summary>
public sealed class PeerReviewJourneyTests(LiveSite site, Chromium chromium) : BrowserTest(site, chromium)
{
    [Fact]
    public async Task Two_reviewers_and_an_editor_evaluate_a_write_up_in_two_rounds_and_publish_it_as_proven()
    {
        var author = await Participant($"Autrice {Suffix}", "CCAS de Rennes");
        var editor = await Participant($"Éditeur {Suffix}", "Équipe éditoriale", Roles.Editor);
        var first = await Participant($"Relectrice Une {Suffix}", "Département du Gard", Roles.Reviewer);
        var second = await Participant($"Relecteur Deux {Suffix}", "Mission locale de Lens", Roles.Reviewer);
        var title = $"Accueil partagé des familles {Suffix}";
        var id = Submitted(author, title);

        var editorPage = await SignedInPageAsync(editor);
        await editorPage.GotoAsync(Site.Url($"/gestion/fiches/{id}"));
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Envoyer en évaluation", Exact = true }).ClickAsync();
        await editorPage.GetByRole(AriaRole.Link, new() { Name = "Assigner des évaluateurs" }).ClickAsync();
        await editorPage.WaitForURLAsync(Site.Url($"/gestion/fiches/{id}/evaluateurs"));
        await AssertAccessibleAsync(editorPage);
        await editorPage.GetByLabel(first.DisplayName, new() { Exact = true }).CheckAsync();
        await editorPage.GetByLabel(second.DisplayName, new() { Exact = true }).CheckAsync();
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Inviter les évaluateurs choisis" }).ClickAsync();
        await editorPage.WaitForURLAsync(Site.Url($"/gestion/fiches/{id}"));
        await Expect(editorPage.Locator(".review-panel")).ToContainTextAsync(first.DisplayName);
        await AssertAccessibleAsync(editorPage);

        var firstPage = await SignedInPageAsync(first);
        var secondPage = await SignedInPageAsync(second);
        await Review(firstPage, title, 4, checkAccessibility: true);
        await Review(secondPage, title, 3, checkAccessibility: false);

        await editorPage.GotoAsync(Site.Url($"/gestion/fiches/{id}/evaluations"));
        await Expect(editorPage.Locator("table.side-by-side").First).ToContainTextAsync("3,5");
        await AssertAccessibleAsync(editorPage);
        await editorPage.Locator("#decision-RequestChanges").CheckAsync();
        await editorPage.GetByLabel("Message à l'auteur ou l'autrice (facultatif)").FillAsync("Décrivez l'évaluation des résultats.");
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await editorPage.WaitForURLAsync(Site.Url($"/gestion/fiches/{id}"));

        // The author sees the reviews without names, then revises and resubmits.
        var authorPage = await SignedInPageAsync(author);
        await authorPage.GotoAsync(Site.Url($"/gestion/fiches/{id}"));
        await Expect(authorPage.Locator(".review-panel")).ToContainTextAsync("Évaluation A");
        Assert.DoesNotContain(first.DisplayName, await authorPage.ContentAsync());
        await AssertAccessibleAsync(authorPage);
        Revise(author, id, title);

        // Round 2: the previous reviewers come back in one click.
        await editorPage.GotoAsync(Site.Url($"/gestion/fiches/{id}"));
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Envoyer en évaluation", Exact = true }).ClickAsync();
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Réinviter les évaluateurs du tour précédent (2)" }).ClickAsync();
        await Expect(editorPage.Locator(".review-panel")).ToContainTextAsync("Tour 2 en cours");
        await Review(firstPage, title, 4, checkAccessibility: false);
        await Review(secondPage, title, 4, checkAccessibility: false);

        await editorPage.GotoAsync(Site.Url($"/gestion/fiches/{id}/evaluations"));
        await editorPage.Locator("#decision-Publish").CheckAsync();
        await editorPage.GetByLabel("Niveau de preuve (en cas de publication)").SelectOptionAsync("eprouve");
        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await editorPage.WaitForURLAsync(Site.Url($"/gestion/fiches/{id}"));

        var visitor = await NewPageAsync();
        await visitor.GotoAsync(Site.Url($"/initiatives/{Slug(id)}"));
        await Expect(visitor.Locator(".evidence")).ToContainTextAsync("Éprouvée");
        await Expect(visitor.Locator(".evidence")).ToContainTextAsync("évaluée par 2 pairs");
        await Snap(visitor, "review-published-badge");
        await AssertAccessibleAsync(visitor);
        await visitor.GotoAsync(Site.Url("/grille-d-evaluation"));
        await AssertAccessibleAsync(visitor);

        // A reviewer posts feedback; the editors' moderation queue and dashboard pass axe too.
        await firstPage.GotoAsync(Site.Url($"/initiatives/{Slug(id)}"));
        await AssertAccessibleAsync(firstPage);
        await firstPage.Locator("#kind-Question").CheckAsync();
        await firstPage.GetByLabel("Votre retour").FillAsync("Quel budget la première année ?");
        await firstPage.GetByRole(AriaRole.Button, new() { Name = "Publier mon retour" }).ClickAsync();
        await Expect(firstPage.Locator("#retours")).ToContainTextAsync("En attente de modération");
        await editorPage.GotoAsync(Site.Url("/gestion/retours"));
        await Expect(editorPage.Locator(".moderation-queue")).ToContainTextAsync("Quel budget");
        await AssertAccessibleAsync(editorPage);
        await editorPage.GotoAsync(Site.Url("/gestion"));
        await AssertAccessibleAsync(editorPage);
    }

    /// <summary>Accepts the invitation to <paramref name="title"/> and submits a review scoring every criterion <paramref name="score"/>.</summary>
    private async Task Review(IPage page, string title, int score, bool checkAccessibility)
    {
        await page.GotoAsync(Site.Url("/evaluations"));
        if (checkAccessibility) await AssertAccessibleAsync(page);
        await page.Locator("table.reviewer-inbox tr", new() { HasText = "Invitation envoyée" }).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        if (checkAccessibility) await AssertAccessibleAsync(page);
        await page.GetByLabel("Je déclare n'avoir aucun conflit d'intérêts", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter l'invitation" }).ClickAsync();
        await Expect(page.Locator("form.review-form")).ToBeVisibleAsync();
        if (checkAccessibility) await AssertAccessibleAsync(page);
        foreach (var radio in await page.Locator($"form.review-form input[type=radio][value='{score}']").AllAsync()) await radio.CheckAsync();
        foreach (var comment in await page.Locator("form.review-form textarea[id^='comment-']").AllAsync())
            await comment.FillAsync("Argumenté à partir de la fiche.");
        await page.Locator("#recommendation-Publish").CheckAsync();
        await page.GetByLabel("Note confidentielle à l'équipe éditoriale", new() { Exact = false }).FillAsync("Note pour l'équipe seulement.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remettre l'évaluation" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Évaluation remise");
        if (checkAccessibility) await AssertAccessibleAsync(page);
    }

    /// <summary>A member of the peer evaluation, under an address of their own.</summary>
    private Task<Member> Participant(string name, string organisation, params string[] roles) =>
        AddMemberAsync($"navigateur-{Guid.NewGuid():N}@example.org", name, organisation, roles);

    private long Submitted(Member author, string title)
    {
        using var scope = Site.Services.CreateScope();
        var workflow = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>();
        var actor = new Actor(author.Id, false);
        var draft = workflow.CreateDraft(Content(title, "Quarante familles accueillies la première année."), actor);
        Assert.True(workflow.Act(draft.Id, draft.Version, WorkflowAction.Submit, actor, null).Succeeded);
        return draft.Id;
    }

    private void Revise(Member author, long id, string title)
    {
        using var scope = Site.Services.CreateScope();
        var workflow = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>();
        var working = scope.ServiceProvider.GetRequiredService<WorkingInitiatives>();
        var actor = new Actor(author.Id, false);
        var saved = workflow.Save(id, working.Find(id, actor)!.Version,
            Content(title, "Évaluation externe en 2024 : 70 % des familles ont repris un parcours d'insertion."), actor);
        Assert.True(saved.Succeeded);
        Assert.True(workflow.Act(id, saved.Initiative!.Version, WorkflowAction.Submit, actor, null).Succeeded);
    }

    private string Slug(long id)
    {
        using var scope = Site.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkingInitiatives>().Find(id, new Actor("navigateur", true))!.Slug;
    }

    private static InitiativeContent Content(string title, string results) => new()
    {
        Title = title,
        Summary = "Un accueil de jour ouvert par trois associations et le CCAS pour les familles sans solution de garde.",
        Sections = new Sections
        {
            Context = "Des familles monoparentales renoncent aux rendez-vous d'insertion faute de garde.",
            Objectives = "Permettre aux parents de suivre leur parcours.",
            Actions = "Une halte-garderie adossée aux permanences, ouverte sur rendez-vous.",
            Results = results,
        },
        Themes = ["accompagnement-social"],
        Publics = ["familles"],
        Territory = new Territory { RegionCode = "53", DepartementCode = "35", Scope = "commune" },
        LeadOrganisation = new Organisation { Name = "Association Petite Enfance 35", Type = "association" },
        StartYear = 2022,
        Stage = "experimentation",
    };
}
