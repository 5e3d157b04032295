using KnowledgeBase.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Accessibility;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on the public pages, in French and in English.</summary>
public sealed class AxeTests(LiveSite site, Chromium chromium) : BrowserTest(site, chromium)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/initiatives", 200)]
    [InlineData("/initiatives?sort=title", 200)]
    [InlineData("/initiatives/sortir-de-la-rue", 200)]
    [InlineData("/thematiques", 200)]
    [InlineData("/thematiques/logement", 200)]
    [InlineData("/territoires", 200)]
    [InlineData("/observatoire", 200)]
    [InlineData("/observatoire?theme=emploi-insertion&region=84", 200)]
    [InlineData("/api", 200)]
    [InlineData("/initiatives/sortir-de-la-rue/imprimer", 200)]
    [InlineData("/recherche?q=logement&theme=logement", 200)]
    [InlineData("/recherche?q=insertoin", 200)]
    [InlineData("/initiatives/n-existe-pas", 404)]
    [InlineData("/dossiers", 200)]
    [InlineData("/dossiers/observation-sociale-partagee", 200)]
    [InlineData("/recherche?q=observation+sociale", 200)]
    [InlineData("/confidentialite", 200)]
    [InlineData("/recherche?q=logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement+logement", 200)]
    [InlineData("/erreur/999", 404)]
    [InlineData("/compte/deblocage?id=x&code=y", 400)]
    [InlineData("/compte/connexion?returnUrl=%2Fcompte%2Fsaisie-conservee%2Fabc", 200)]
    public async Task Page_has_no_wcag_violation(string path, int status)
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync(Site.Url(path));
        Assert.Equal(status, response?.Status);

        await AssertAccessibleAsync(page);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Observatory_with_its_tables_open_has_no_wcag_violation()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Site.Url("/observatoire"));
        // The data tables sit in closed <details>: open them all, as a reader would, and check again.
        foreach (var details in await page.Locator("details").AllAsync()) await details.EvaluateAsync("d => d.open = true");
        await Snap(page, "observatory");

        await AssertAccessibleAsync(page);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_414_page_and_the_admins_outbox_have_no_wcag_violation()
    {
        var page = await NewPageAsync();
        // Over the site's 16 KB limit for an address, under Kestrel's own: the French 414 page.
        var tooLong = await page.GotoAsync(Site.Url("/initiatives?theme=" + new string('a', 17_000)));
        Assert.Equal(414, tooLong?.Status);
        await AssertAccessibleAsync(page);

        var admin = await AddMemberAsync($"admin-axe-{Guid.NewGuid():N}@example.org", "Admin axe", "Équipe du site", Roles.Admin);
        await SignInAsync(page, admin.Email!, returnUrl: "/admin/courriels");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Courriels envoyés par le site");
        await AssertAccessibleAsync(page);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_home_page_has_no_wcag_violation()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Site.Url("/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Français" })).ToBeVisibleAsync();
        await Snap(page, "english-home");

        await AssertAccessibleAsync(page);

        await page.Context.CloseAsync();
    }
}
