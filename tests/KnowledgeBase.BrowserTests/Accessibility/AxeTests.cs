using KnowledgeBase.BrowserTests.Infrastructure;
using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task The_414_page_and_the_admins_outbox_have_no_wcag_violation()
    {
        var page = await chromium.NewPageAsync(bypassContentSecurityPolicy: true);
        // Over the site's 16 KB limit for an address, under Kestrel's own: the French 414 page.
        var tooLong = await page.GotoAsync(site.Url("/initiatives?theme=" + new string('a', 17_000)));
        Assert.Equal(414, tooLong?.Status);
        await Axe.AssertNoViolationsAsync(page, chromium.AxeScript);

        var email = $"admin-axe-{Guid.NewGuid():N}@example.org";
        using (var scope = site.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            var admin = new Member { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Admin axe", CreatedAt = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(admin, "une phrase de passe pour axe")).Succeeded);
            Assert.True((await users.AddToRolesAsync(admin, [Roles.Member, Roles.Admin])).Succeeded);
        }
        await page.GotoAsync(site.Url("/compte/connexion?returnUrl=%2Fadmin%2Fcourriels"));
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync("une phrase de passe pour axe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Courriels envoyés par le site");
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
