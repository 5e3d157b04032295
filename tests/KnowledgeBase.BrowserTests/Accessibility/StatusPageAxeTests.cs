using KnowledgeBase.BrowserTests.Infrastructure;
using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Accessibility;

/// <summary>The administrators' status page (/admin/etat) has no WCAG 2.1 A or AA violation.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class StatusPageAxeTests(LiveSite site, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Password = "une phrase de passe de l'administration";

    [Fact]
    public async Task Status_page_has_no_wcag_violation()
    {
        var email = await Administrator();
        var page = await chromium.NewPageAsync(bypassContentSecurityPolicy: true);
        await page.GotoAsync(site.Url("/compte/connexion"));
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mes fiches" })).ToBeVisibleAsync();

        var response = await page.GotoAsync(site.Url("/admin/etat"));
        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "État du site", Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Screenshot("admin-status"), FullPage = true });

        await Axe.AssertNoViolationsAsync(page, chromium.AxeScript);
        await page.Context.CloseAsync();
    }

    private async Task<string> Administrator()
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        var member = new Member
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administratrice",
            Organisation = "Équipe du site", OrganisationType = "association", RegionCode = "84", DepartementCode = "69",
            CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(member, Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(member, [Roles.Member, Roles.Admin])).Succeeded);
        return email;
    }
}
