using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Infrastructure;

/// <summary>
/// What every browser test class stands on: the shared live site, a Chromium of its own, and
/// members made straight in the database who then sign in through the real form. The classes
/// share one site and run one after the other (<see cref="LiveSiteCollection"/>).
/// </summary>
[Collection(LiveSiteCollection.Name)]
public abstract class BrowserTest(LiveSite site, Chromium chromium) : IClassFixture<Chromium>
{
    /// <summary>The password of every member a browser test makes.</summary>
    protected const string Password = "une phrase de passe pour le navigateur";

    protected LiveSite Site { get; } = site;

    protected Chromium Chromium { get; } = chromium;

    /// <summary>Six letters and digits that make this test's names, addresses and titles its own.</summary>
    protected string Suffix { get; } = Guid.NewGuid().ToString("N")[..6];

    /// <summary>A page of its own (no cookies of other pages) that axe-core can be injected into.</summary>
    protected Task<IPage> NewPageAsync() => Chromium.NewPageAsync(bypassContentSecurityPolicy: true);

    protected Task AssertAccessibleAsync(IPage page) => Axe.AssertNoViolationsAsync(page, Chromium.AxeScript);

    /// <summary>A full-page screenshot in the repository's screenshots folder.</summary>
    protected static Task Snap(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = RepositoryPaths.Screenshot(name), FullPage = true });

    /// <summary>A member with a confirmed address and a complete profile, in <paramref name="roles"/> besides "member".</summary>
    protected async Task<Member> AddMemberAsync(string email, string displayName, string organisation, params string[] roles)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var member = new Member
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
            Organisation = organisation, OrganisationType = "association", RegionCode = "84", DepartementCode = "69",
            CreatedAt = DateTime.UtcNow,
        };
        Assert.True((await users.CreateAsync(member, Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(member, roles.Append(Roles.Member).Distinct())).Succeeded);
        return member;
    }

    /// <summary>
    /// Signs in through the sign-in form (which then goes to <paramref name="returnUrl"/>, if
    /// given) and waits until the page shows the members' menu.
    /// </summary>
    protected async Task SignInAsync(IPage page, string email, string? returnUrl = null)
    {
        await page.GotoAsync(Site.Url("/compte/connexion" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl))));
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mes fiches" })).ToBeVisibleAsync();
    }

    /// <summary>A new page, signed in as <paramref name="member"/>.</summary>
    protected async Task<IPage> SignedInPageAsync(Member member)
    {
        var page = await NewPageAsync();
        await SignInAsync(page, member.Email!);
        return page;
    }
}
