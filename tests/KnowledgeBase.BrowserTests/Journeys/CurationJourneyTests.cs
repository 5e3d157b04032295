using KnowledgeBase.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Journeys;

/// <summary>
/// Curation in the browser: an editor builds a dossier from a search, publishes it and puts it
/// "À la une"; a visitor reaches it from the home page. axe-core checks every editors' page of
/// curation on the way (and a refused form), and the public dossier pages.
/// </summary>
public sealed class CurationJourneyTests(LiveSite site, Chromium chromium) : BrowserTest(site, chromium)
{
    [Fact]
    public async Task An_editor_builds_publishes_and_features_a_dossier_and_a_visitor_reaches_it_from_the_home_page()
    {
        var title = $"Observer et agir ensemble {Suffix}";
        var editor = await SignedInPageAsync(
            await AddMemberAsync($"curation-{Suffix}@example.org", $"Éditrice {Suffix}", "Équipe éditoriale", Roles.Editor));

        await editor.GotoAsync(Site.Url("/gestion/dossiers"));
        await AssertAccessibleAsync(editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Nouveau dossier" }).ClickAsync();
        await editor.Locator("#Title").FillAsync(title);
        await editor.Locator("#Introduction").FillAsync("Ce que les territoires **observent** ensemble.");
        await editor.Locator("#Recommendations").FillAsync("1. Partager les données.\n2. Associer les communes.");
        await editor.Locator("#Search").FillAsync("observation sociale");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Chercher", Exact = true }).ClickAsync();
        await AssertAccessibleAsync(editor);
        for (var i = 0; i < 3; i++)
        {
            await editor.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Ajouter au dossier") }).First.ClickAsync();
            await Expect(editor.Locator($"textarea[name='Items[{i}].Note']")).ToBeVisibleAsync();
        }
        await Expect(editor.Locator("#Title")).ToHaveValueAsync(title);
        for (var i = 0; i < 3; i++) await editor.Locator($"textarea[name='Items[{i}].Note']").FillAsync($"Une raison de lire la fiche {i + 1}.");
        await AssertAccessibleAsync(editor);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await editor.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/gestion/dossiers/\d+$"));
        var desk = new Uri(editor.Url).AbsolutePath;
        await AssertAccessibleAsync(editor);

        await editor.GetByRole(AriaRole.Button, new() { Name = "Publier le dossier" }).ClickAsync();
        await Expect(editor.Locator(".alert-success")).ToContainTextAsync("Dossier publié.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Mettre à la une" }).ClickAsync();
        await editor.WaitForURLAsync(Site.Url("/gestion/a-la-une"));
        await Expect(editor.Locator(".featured-items")).ToContainTextAsync(title);
        await AssertAccessibleAsync(editor);
        await Snap(editor, "curation-1-featured");

        // Every other editors' page of curation, and a refused form.
        foreach (var path in new[]
                 {
                     $"{desk}/modifier", $"{desk}/revisions/1", "/gestion/vocabulaire", "/gestion/vocabulaire/themes",
                     "/gestion/synonymes?nouveau=observation", "/gestion/recherches", "/gestion/journal",
                 })
        {
            await editor.GotoAsync(Site.Url(path));
            await AssertAccessibleAsync(editor);
        }
        await editor.GotoAsync(Site.Url("/gestion/vocabulaire/publics"));
        await editor.Locator("#LabelEn").FillAsync("Kept");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".error-summary")).ToBeVisibleAsync();
        await Expect(editor.Locator("#LabelEn")).ToHaveValueAsync("Kept");
        await AssertAccessibleAsync(editor);

        // A visitor: the home page features the dossier; its page; a write-up of it.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync(Site.Url("/"));
        await visitor.Locator(".featured-list").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(visitor.Locator("h1")).ToHaveTextAsync(title);
        await Expect(visitor.Locator(".dossier-item")).ToHaveCountAsync(3);
        await AssertAccessibleAsync(visitor);
        await Snap(visitor, "curation-2-dossier");
        await visitor.Locator(".dossier-item h3 a").First.ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        foreach (var page in new[] { editor, visitor }) await page.Context.CloseAsync();
    }
}
