using KnowledgeBase.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Accessibility;

/// <summary>axe-core finds no WCAG 2.1 A or AA violation on the public pages, in French and in English.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AxeTests(LiveSite site, Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/initiatives", 200)]
    [InlineData("/initiatives?sort=title", 200)]
    [InlineData("/initiatives/sortir-de-la-rue", 200)]
    [InlineData("/themes", 200)]
    [InlineData("/themes/logement", 200)]
    [InlineData("/territories", 200)]
    [InlineData("/observatoire", 200)]
    [InlineData("/observatoire?theme=emploi-insertion&region=84", 200)]
    [InlineData("/api", 200)]
    [InlineData("/initiatives/sortir-de-la-rue/imprimer", 200)]
    [InlineData("/search?q=logement&theme=logement", 200)]
    [InlineData("/search?q=insertoin", 200)]
    [InlineData("/initiatives/n-existe-pas", 404)]
    public async Task Page_has_no_wcag_violation(string path, int status)
    {
        var page = await chromium.NewPageAsync(bypassContentSecurityPolicy: true);
        var response = await page.GotoAsync(site.Url(path));
        Assert.Equal(status, response?.Status);

        await Axe.AssertNoViolationsAsync(page, chromium.AxeScript);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Observatory_with_its_tables_open_has_no_wcag_violation()
    {
        var page = await chromium.NewPageAsync(bypassContentSecurityPolicy: true);
        await page.GotoAsync(site.Url("/observatoire"));
        // The data tables sit in closed <details>: open them all, as a reader would, and check again.
        foreach (var details in await page.Locator("details").AllAsync()) await details.EvaluateAsync("d => d.open = true");
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Screenshot("observatory"), FullPage = true });

        await Axe.AssertNoViolationsAsync(page, chromium.AxeScript);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_home_page_has_no_wcag_violation()
    {
        var page = await chromium.NewPageAsync(bypassContentSecurityPolicy: true);
        await page.GotoAsync(site.Url("/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Français" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Screenshot("english-home"), FullPage = true });

        await Axe.AssertNoViolationsAsync(page, chromium.AxeScript);

        await page.Context.CloseAsync();
    }
}
