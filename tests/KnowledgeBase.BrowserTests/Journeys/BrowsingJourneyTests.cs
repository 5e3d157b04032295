using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Journeys;

/// <summary>A visitor finds a write-up from the home page, with a mouse, a keyboard and a printer.</summary>
public sealed class BrowsingJourneyTests(LiveSite site, Chromium chromium) : BrowserTest(site, chromium)
{
    private static readonly string[] RequiredSections = ["Contexte et besoins", "Objectifs", "Actions et méthode", "Résultats et évaluation"];

    [Fact]
    public async Task Visitor_goes_from_home_through_the_list_to_a_write_up_and_its_theme()
    {
        var page = await Chromium.NewPageAsync();

        await page.GotoAsync(Site.Url("/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Banque d'expériences de l'action sociale locale");
        await Expect(page.Locator(".initiative-card")).ToHaveCountAsync(6);
        Assert.NotEmpty(await page.Locator("a.theme-tile[href^='/thematiques/']").AllAsync());
        await Snap(page, "journey-1-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Toutes les fiches", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(Site.Url("/initiatives"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fiches d'expérience");
        var cards = page.Locator(".initiative-card h3 a");
        Assert.True(await cards.CountAsync() >= 12, "la première page de la liste montre au moins 12 fiches");
        await Snap(page, "journey-2-list");

        // Other journeys share the site and publish write-ups of their own: take an example one.
        var writeUp = page.Locator(".initiative-card:has(.badge.text-bg-warning) h3 a").First;
        var title = (await writeUp.TextContentAsync())!.Trim();
        var writeUpPath = (await writeUp.GetAttributeAsync("href"))!;
        await writeUp.ClickAsync();
        await page.WaitForURLAsync(Site.Url(writeUpPath));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".example-notice")).ToBeVisibleAsync();
        var sections = await page.Locator(".initiative-section h2").AllTextContentsAsync();
        Assert.All(RequiredSections, heading => Assert.Contains(heading, sections.Select(s => s.Trim())));
        await Snap(page, "journey-3-write-up");

        // A theme on the write-up leads to the matching search…
        var themeLink = page.Locator(".facts a[href^='/recherche?theme=']").First;
        var themeLabel = (await themeLink.TextContentAsync())!.Trim();
        var searchPath = (await themeLink.GetAttributeAsync("href"))!;
        var themeSlug = searchPath["/recherche?theme=".Length..];
        await themeLink.ClickAsync();
        await page.WaitForURLAsync(Site.Url(searchPath));
        await Expect(page.Locator(".filter-chip")).ToContainTextAsync(themeLabel);
        await Expect(page.Locator($".search-hit a[href='{writeUpPath}']")).ToBeVisibleAsync();
        await Snap(page, "journey-4-search");

        // …and the theme pages list it too.
        await page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Thématiques", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(Site.Url("/thematiques"));
        await page.Locator($"main a[href='/thematiques/{themeSlug}']").ClickAsync();
        await page.WaitForURLAsync(Site.Url($"/thematiques/{themeSlug}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(themeLabel);
        await Expect(page.Locator($".initiative-card a[href='{writeUpPath}']")).ToBeVisibleAsync();
        await Snap(page, "journey-5-theme");

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_reaches_the_observatory_from_the_home_page_and_a_departement_of_its_map()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(Site.Url("/"));

        // Tab along the header until the observatory's link has the focus, then follow it.
        var observatory = page.Locator("header a[href='/observatoire']");
        for (var presses = 0; presses < 20 && !await observatory.EvaluateAsync<bool>("a => a === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(observatory).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Site.Url("/observatoire"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Observatoire");

        // The map's départements are links in the tab order: reach the first one and open its search.
        var first = page.Locator("#figure-departement svg a").First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(first).ToBeFocusedAsync();
        var label = (await first.GetAttributeAsync("aria-label"))!;
        Assert.Matches(@"^.+ \(\d[\dAB]\) : \d+ fiche", label);
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Screenshot("keyboard-map-focus") });
        var href = (await first.GetAttributeAsync("href"))!;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Site.Url(href));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Recherche");

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task First_tab_reaches_the_skip_link_and_enter_moves_focus_to_the_content()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(Site.Url("/"));

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator("a.skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveTextAsync("Aller au contenu");
        var box = await skipLink.BoundingBoxAsync();
        Assert.True(box is { Width: > 20, Height: > 10 }, "le lien d'évitement devient visible quand il a le focus");
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Screenshot("keyboard-skip-link") });

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#contenu")).ToBeFocusedAsync();
        Assert.EndsWith("#contenu", page.Url);

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printing_a_write_up_leaves_out_the_header_and_navigation()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(Site.Url("/initiatives/sortir-de-la-rue"));
        await Expect(page.Locator("header.site-header")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("header.site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("nav").First).ToBeHiddenAsync();
        await Expect(page.Locator("footer.site-footer")).ToBeHiddenAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.Locator(".example-notice")).ToBeVisibleAsync();
        await Expect(page.Locator(".facts")).ToBeVisibleAsync();
        await Snap(page, "print-write-up");
        await page.PdfAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "print-write-up.pdf"), Format = "A4" });

        await page.Context.CloseAsync();
    }

}
