using KnowledgeBase.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Accessibility;

/// <summary>The administrators' status page (/admin/etat) has no WCAG 2.1 A or AA violation.</summary>
public sealed class StatusPageAxeTests(LiveSite site, Chromium chromium) : BrowserTest(site, chromium)
{
    [Fact]
    public async Task Status_page_has_no_wcag_violation()
    {
        var page = await SignedInPageAsync(
            await AddMemberAsync($"admin-{Guid.NewGuid():N}@example.org", "Administratrice", "Équipe du site", Roles.Admin));

        var response = await page.GotoAsync(Site.Url("/admin/etat"));
        Assert.Equal(200, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "État du site", Level = 1 })).ToBeVisibleAsync();
        await Snap(page, "admin-status");

        await AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }
}
