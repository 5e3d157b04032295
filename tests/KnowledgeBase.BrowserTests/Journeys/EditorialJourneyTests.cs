using KnowledgeBase.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.BrowserTests.Journeys;

/// <summary>
/// The life of a write-up in the browser: a member signs up and confirms by email, writes and
/// submits; an editor publishes; a visitor finds it through search. axe-core checks the forms
/// and dashboards on the way.
/// </summary>
public sealed class EditorialJourneyTests(LiveSite site, Chromium chromium) : BrowserTest(site, chromium)
{
    [Fact]
    public async Task A_member_writes_an_editor_publishes_and_a_visitor_finds_it()
    {
        var word = "zorglubienne" + string.Concat(Suffix.Where(char.IsLetter));
        var email = $"autrice-{Suffix}@example.org";
        var title = $"Un accueil {word} des familles";

        // 1. Sign up, confirm from the email, sign in.
        var author = await NewPageAsync();
        await author.GotoAsync(Site.Url("/compte/inscription"));
        await AssertAccessibleAsync(author);
        await author.Locator("#DisplayName").FillAsync($"Autrice {Suffix}");
        await author.Locator("#Email").FillAsync(email);
        await author.Locator("#Password").FillAsync(Password);
        await author.Locator("#PasswordConfirmation").FillAsync(Password);
        await author.Locator("#Organisation").FillAsync("Association Parcours");
        await author.Locator("#OrganisationType").SelectOptionAsync("association");
        await author.Locator("#RegionCode").SelectOptionAsync("84");
        await author.Locator("#DepartementCode").SelectOptionAsync("69");
        await author.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Snap(author, "editorial-1-signed-up");
        var mail = await MailFolder.WaitFor(Site.MailFolder, email);
        await author.GotoAsync(mail.AbsoluteLink("/compte/confirmation"));
        await SignInAsync(author, email);

        // 2. A first submission with only a title: French messages next to the fields, title kept.
        await author.GotoAsync(Site.Url("/mes-fiches"));
        await AssertAccessibleAsync(author);
        await author.GetByRole(AriaRole.Link, new() { Name = "Rédiger une nouvelle fiche" }).ClickAsync();
        await author.Locator("#Title").FillAsync(title);
        await author.GetByRole(AriaRole.Button, new() { Name = "Soumettre" }).ClickAsync();
        await Expect(author.Locator(".field-error[data-field='Summary']")).ToHaveTextAsync("Le résumé est obligatoire.");
        await Expect(author.Locator("#Title")).ToHaveValueAsync(title);
        await AssertAccessibleAsync(author);
        await Snap(author, "editorial-2-missing-fields");

        // 3. Complete, preview the Markdown, submit.
        await author.Locator("#Summary").FillAsync($"Un accueil {word} ouvert aux familles sans solution de garde.");
        await author.Locator("#section-context").FillAsync("Des familles **sans solution** de garde renoncent aux rendez-vous.");
        await author.Locator("button.preview-button[data-source='section-context']").ClickAsync();
        await Expect(author.Locator("#section-context-preview strong")).ToHaveTextAsync("sans solution");
        await author.Locator("#section-objectives").FillAsync("Permettre aux parents de suivre leur parcours.");
        await author.Locator("#section-actions").FillAsync("Une halte-garderie adossée aux permanences.");
        await author.Locator("#section-results").FillAsync("Quarante familles accueillies la première année.");
        await author.Locator("#theme-accompagnement-social").CheckAsync();
        await author.Locator("#RegionCode").SelectOptionAsync("84");
        await author.Locator("#DepartementCode").SelectOptionAsync("69");
        await author.Locator("#LeadName").FillAsync("Association Parcours");
        await author.Locator("#LeadType").SelectOptionAsync("association");
        await author.Locator("#StartYear").FillAsync("2023");
        await author.Locator("#Stage").SelectOptionAsync("experimentation");
        await author.Locator("#ContactEmail").FillAsync(email);
        await author.GetByRole(AriaRole.Button, new() { Name = "Soumettre" }).ClickAsync();
        await author.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/gestion/fiches/\d+$"));
        await Expect(author.Locator(".state-badge")).ToHaveTextAsync("Soumise");
        var backOffice = new Uri(author.Url).AbsolutePath;
        await AssertAccessibleAsync(author);
        await Snap(author, "editorial-3-submitted");

        // 4. The editor publishes from the dashboard.
        var editor = await SignedInPageAsync(
            await AddMemberAsync($"editeur-{Suffix}@example.org", $"Éditeur {Suffix}", "Équipe éditoriale", Roles.Editor));
        await editor.GotoAsync(Site.Url("/gestion"));
        await AssertAccessibleAsync(editor);
        await AssertHeaderFits(editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.WaitForURLAsync(Site.Url(backOffice));
        await AssertAccessibleAsync(editor);
        await editor.GetByLabel("Message (facultatif) pour « Publier »").FillAsync("Merci, c'est en ligne.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publier", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".state-badge")).ToHaveTextAsync("Publiée");
        await Expect(editor.Locator(".activity-log")).ToContainTextAsync("Soumise → Publiée");
        await Expect(editor.Locator(".activity-log")).ToContainTextAsync("Brouillon → Soumise");
        await Snap(editor, "editorial-4-published");

        // 5. The author is told.
        await author.GotoAsync(Site.Url("/"));
        await Expect(author.Locator(".notification-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[1-9]\d*$"));
        await author.GotoAsync(Site.Url("/notifications"));
        await Expect(author.Locator(".notifications")).ToContainTextAsync("Merci, c'est en ligne.");
        await AssertAccessibleAsync(author);

        // 6. A visitor finds it through search (the index follows within a second or so).
        var visitor = await NewPageAsync();
        await Poll.Until(async () =>
        {
            await visitor.GotoAsync(Site.Url("/recherche?q=" + word));
            return await visitor.Locator(".search-hit").CountAsync() > 0;
        }, "la fiche publiée est trouvée par la recherche");
        await Expect(visitor.Locator(".search-hit mark").First).ToBeVisibleAsync();
        await Snap(visitor, "editorial-5-found");
        await visitor.Locator(".search-hit h3 a").First.ClickAsync();
        await Expect(visitor.Locator("h1")).ToHaveTextAsync(title);
        Assert.DoesNotContain(email, await visitor.ContentAsync());
        await Snap(visitor, "editorial-6-read");

        foreach (var page in new[] { author, editor, visitor }) await page.Context.CloseAsync();
    }

    /// <summary>The header, at its most crowded (an editor's menus), never makes the page scroll sideways.</summary>
    private static async Task AssertHeaderFits(IPage page)
    {
        foreach (var width in new[] { 1400, 1280, 1100, 1024, 800, 390 })
        {
            await page.SetViewportSizeAsync(width, 800);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var widest = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + '.' + e.className).slice(0, 3).join(', ')");
            Assert.True(overflow <= 0, $"At {width} px the page is {overflow} px too wide ({widest}).");
            var header = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.site-header *')].map(e => e.getBoundingClientRect().right)) - document.documentElement.clientWidth");
            Assert.True(header <= 0, $"At {width} px the header overflows by {header} px.");
        }
        await page.SetViewportSizeAsync(1280, 720);
    }

}
