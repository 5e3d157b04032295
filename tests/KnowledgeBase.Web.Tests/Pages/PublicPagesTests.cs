namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The public browse pages, on the imported example content.</summary>
public abstract class PublicPagesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly HttpClient client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Home_shows_search_box_themes_with_counts_and_latest_write_ups()
    {
        var (response, page) = await Html.Get(client, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("form[role=search][action='/recherche'] input[name=q]"));
        var housing = page.QuerySelector("a[href='/thematiques/logement']");
        Assert.NotNull(housing);
        Assert.Matches(@"[1-9]\d* fiche", housing!.TextContent);
        Assert.Equal(6, page.QuerySelectorAll(".initiative-card").Length);
    }

    [Theory]
    [InlineData("/search", "/recherche")]
    [InlineData("/search?q=logement&theme=logement", "/recherche?q=logement&theme=logement")]
    [InlineData("/search.csv?q=emploi", "/recherche.csv?q=emploi")]
    [InlineData("/themes", "/thematiques")]
    [InlineData("/themes/logement", "/thematiques/logement")]
    [InlineData("/territories", "/territoires")]
    [InlineData("/territories.csv", "/territoires.csv")]
    [InlineData("/language?culture=en&returnUrl=%2F", "/langue?culture=en&returnUrl=%2F")]
    public async Task The_english_addresses_of_old_redirect_for_good_to_the_french_ones(string english, string french)
    {
        var response = await client.GetAsync(english);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(french, response.Headers.Location?.OriginalString);
        Assert.NotEqual(HttpStatusCode.NotFound, (await client.GetAsync(french)).StatusCode);
    }

    [Fact]
    public async Task A_path_that_only_starts_like_an_english_address_is_not_redirected() =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/searching")).StatusCode);

    [Fact]
    public async Task List_is_paged_sorted_and_filtered_by_theme()
    {
        var (_, byDate) = await Html.Get(client, "/initiatives");
        var dates = byDate.QuerySelectorAll(".initiative-card h3 a").Select(a => a.TextContent).ToList();
        Assert.True(dates.Count >= 12);

        var (_, byTitle) = await Html.Get(client, "/initiatives?sort=title");
        var titles = byTitle.QuerySelectorAll(".initiative-card h3 a").Select(a => a.TextContent).ToList();
        // Quotes and accents do not count: "« Dernier écrou »" sorts under D.
        Assert.Equal(titles.OrderBy(KnowledgeBase.Core.Initiatives.PublicCard.SortKeyOf, StringComparer.Ordinal), titles);
        Assert.Equal(FirstExampleTitleInOrder(), titles[0].Trim());
        Assert.NotEqual(dates, titles);

        var (_, justice) = await Html.Get(client, "/initiatives?theme=justice");
        var justiceCards = justice.QuerySelectorAll(".initiative-card");
        Assert.NotEmpty(justiceCards);
        Assert.True(justiceCards.Length < dates.Count);
        Assert.Contains(justice.QuerySelectorAll(".initiative-card a"), a => a.GetAttribute("href") == "/initiatives/dernier-ecrou");
    }

    /// <summary>The example write-up that sorts first by title, read from content/initiatives.</summary>
    private static string FirstExampleTitleInOrder() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "initiatives"), "*.md")
            .Select(path => KnowledgeBase.Core.Content.InitiativeFile.Parse(Path.GetFileName(path), File.ReadAllText(path)).File!.Content.Title)
            .OrderBy(KnowledgeBase.Core.Initiatives.PublicCard.SortKeyOf, StringComparer.Ordinal)
            .First();

    [Theory]
    [InlineData("/initiatives?page=999")]
    [InlineData("/initiatives?page=-3")]
    [InlineData("/initiatives?page=abc&sort=%00%27")]
    [InlineData("/initiatives?theme=%3Cscript%3E")]
    [InlineData("/initiatives?region=zz&departement='--")]
    public async Task List_accepts_any_query_string(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Write_up_page_shows_every_section_links_and_example_notice()
    {
        var (response, page) = await Html.Get(client, "/initiatives/sortir-de-la-rue");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".example-notice"));
        foreach (var heading in new[] { "Contexte et besoins", "Objectifs", "Actions et méthode", "Résultats et évaluation" })
            Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Trim() == heading);
        Assert.NotNull(page.QuerySelector("a[href='/recherche?theme=logement']"));
        Assert.NotNull(page.QuerySelector("a[href^='/recherche?departement=']"));
        Assert.NotNull(page.QuerySelector("a[href^='/recherche?region=']"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][media=print]"));
    }

    [Fact]
    public async Task Contact_email_is_hidden_from_anonymous_visitors()
    {
        var html = await client.GetStringAsync("/initiatives/sortir-de-la-rue");
        Assert.DoesNotContain("@example.org", html);
        Assert.Contains("Adresse visible par les membres connectés.", html);
    }

    [Fact]
    public async Task Theme_and_territory_pages_list_write_ups_with_counts()
    {
        var (themeResponse, theme) = await Html.Get(client, "/thematiques/jeunesse");
        Assert.Equal(HttpStatusCode.OK, themeResponse.StatusCode);
        Assert.NotEmpty(theme.QuerySelectorAll(".initiative-card"));

        // Territory counts are the search's (as in the observatory): wait for the index.
        await Eventually.IndexCaughtUp(site);
        var (territoryResponse, territories) = await Html.Get(client, "/territoires");
        Assert.Equal(HttpStatusCode.OK, territoryResponse.StatusCode);
        Assert.Equal(18, territories.QuerySelectorAll("section[aria-labelledby^='region-']").Length);
        Assert.Contains("Mayotte", territories.Body!.TextContent);
        var linked = territories.QuerySelectorAll("a[href^='/initiatives?departement=']");
        Assert.True(linked.Length >= 8, $"{linked.Length} départements avec des fiches");
    }

    [Theory]
    [InlineData("/initiatives/n-existe-pas")]
    [InlineData("/initiatives/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/initiatives/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/thematiques/inconnu")]
    [InlineData("/pas/une/page")]
    public async Task Unknown_addresses_give_the_french_404_page(string url)
    {
        var (response, page) = await Html.Get(client, url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_error_page_is_french_with_status_500()
    {
        // A page whose service fails: the exception handler answers with the French 500 page.
        using var failing = site.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddScoped<KnowledgeBase.Core.Initiatives.PublishedInitiatives>(_ => throw new InvalidOperationException("panne simulée"))));
        var (response, page) = await Html.Get(failing.CreateClient(), "/");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Une erreur est survenue", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Language_switcher_keeps_english_in_a_cookie()
    {
        var (_, themes) = await Html.Get(client, "/thematiques");
        var link = themes.QuerySelector("a.language-switch")!.GetAttribute("href")!;
        Assert.Equal("/langue?culture=en&returnUrl=%2Fthematiques", link);
        var switched = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/thematiques", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=") && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));

        var cookie = switched.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Culture=")).Split(';')[0];
        var request = new HttpRequestMessage(HttpMethod.Get, "/thematiques");
        request.Headers.Add("Cookie", cookie);
        var english = await Html.Parse(await client.SendAsync(request));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Themes", english.QuerySelector("h1")?.TextContent);
        Assert.Contains(english.QuerySelectorAll("a"), a => a.TextContent == "Housing");
    }

    [Fact]
    public async Task Language_switcher_never_redirects_off_site()
    {
        foreach (var target in new[] { "https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com" })
        {
            var response = await client.GetAsync("/langue?culture=en&returnUrl=" + Uri.EscapeDataString(target));
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await client.GetAsync("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Static_assets_are_served_by_the_site_itself()
    {
        var html = await client.GetStringAsync("/");
        Assert.DoesNotContain("//cdn", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/bootstrap/css/bootstrap.min.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/bootstrap/js/bootstrap.bundle.min.js")).StatusCode);
    }
}

public sealed class SqlitePublicPagesTests(SqliteSite site) : PublicPagesTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlPublicPagesTests(PostgreSqlSite site) : PublicPagesTests<PostgreSqlSite>(site);
