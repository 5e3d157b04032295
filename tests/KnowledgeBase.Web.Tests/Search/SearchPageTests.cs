using System.Text.Json;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>The search page and API on the example write-ups.</summary>
public abstract class SearchPageTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private readonly HttpClient client = site.CreateClient();

    public Task InitializeAsync() => Eventually.IndexCaughtUp(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("logements jeunes", "logement-jeunes-premier-toit")]
    [InlineData("l'insertion", "chantier-insertion-detention")]
    [InlineData("Pole emploi", "plie-parcours-renforces")]
    [InlineData("\"commission d'attribution\"", "commission-attribution-logements-partagee")]
    [InlineData("RMI", "plateforme-accueil-rsa-ccas")]
    [InlineData("Pôle   EMPLOI", "dernier-ecrou")]
    public async Task French_queries_find_the_right_write_ups_with_marked_excerpts(string query, string expectedSlug)
    {
        var (response, page) = await Html.Get(client, "/recherche?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slugs = page.QuerySelectorAll(".search-hit h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/initiatives/" + expectedSlug, slugs);
        // Excerpts come from the summary and sections; a hit matched only on an organisation
        // name shows the start of its summary instead.
        var expected = page.QuerySelectorAll(".search-hit").Single(h => h.QuerySelector("h3 a")!.GetAttribute("href") == "/initiatives/" + expectedSlug);
        Assert.NotNull(expected.QuerySelector(".excerpt mark"));
    }

    [Fact]
    public async Task A_phrase_is_stricter_than_its_words()
    {
        var phrase = await Api("?q=" + Uri.EscapeDataString("\"commission d'attribution\""));
        var words = await Api("?q=" + Uri.EscapeDataString("commission attribution"));
        Assert.True(phrase.GetProperty("total").GetInt32() >= 1);
        Assert.True(words.GetProperty("total").GetInt32() >= phrase.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Excluded_words_remove_write_ups()
    {
        var all = await AllSlugs("?q=insertion");
        var without = await AllSlugs("?q=" + Uri.EscapeDataString("insertion -détention"));
        Assert.Contains("chantier-insertion-detention", all);
        Assert.DoesNotContain("chantier-insertion-detention", without);
        Assert.True(without.Count < all.Count);
    }

    [Fact]
    public async Task Prefixes_match_inflected_words()
    {
        var prefix = await AllSlugs("?q=" + Uri.EscapeDataString("logem*"));
        Assert.Contains("commission-attribution-logements-partagee", prefix);
    }

    [Fact]
    public async Task Facet_counts_respect_other_filters_and_or_within_a_facet()
    {
        var all = await Api("");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 12);
        var housing = Count(all, "theme", "logement");
        var youth = Count(all, "theme", "jeunesse");
        Assert.True(housing > 0 && youth > 0);

        var housingOnly = await Api("?theme=logement");
        Assert.Equal(housing, housingOnly.GetProperty("total").GetInt32());
        // Disjunctive: the theme facet still counts other themes while one is selected.
        Assert.Equal(youth, Count(housingOnly, "theme", "jeunesse"));

        var either = await Api("?theme=logement&theme=jeunesse");
        var both = (await AllSlugs("?theme=logement")).Intersect(await AllSlugs("?theme=jeunesse")).Count();
        Assert.Equal(housing + youth - both, either.GetProperty("total").GetInt32());

        // Facets AND together: région counts shrink to what the theme filter leaves.
        var regionCounts = housingOnly.GetProperty("facets").GetProperty("region").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        Assert.Equal(housing, regionCounts);
        var label = housingOnly.GetProperty("facets").GetProperty("theme").EnumerateArray().First(f => f.GetProperty("value").GetString() == "logement");
        Assert.Equal("Logement", label.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Search_page_shows_facets_with_counts_and_removable_chips()
    {
        var (_, page) = await Html.Get(client, "/recherche?q=insertion&theme=emploi-insertion&region=84");
        var chips = page.QuerySelectorAll(".filter-chip");
        Assert.Equal(2, chips.Length);
        var removeTheme = chips.Single(c => c.TextContent.Contains("Emploi")).GetAttribute("href")!;
        Assert.DoesNotContain("theme=", removeTheme);
        Assert.Contains("region=84", removeTheme);
        Assert.Contains("q=insertion", removeTheme);
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name=theme][value=emploi-insertion][checked]"));
        Assert.All(page.QuerySelectorAll(".facet .facet-count"), c => Assert.Matches(@"^\(\d+\)$", c.TextContent));
    }

    [Fact]
    public async Task Misspellings_get_a_suggestion()
    {
        var (_, page) = await Html.Get(client, "/recherche?q=insertoin");
        var suggestion = page.QuerySelector(".suggestion a");
        Assert.NotNull(suggestion);
        Assert.Equal("insertion", suggestion!.TextContent.Trim());
        Assert.Equal("insertion", (await Api("?q=insertoin")).GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Sort_by_date_and_paging_stay_in_the_url()
    {
        var byDate = await Api("?sort=date");
        var dates = byDate.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("publishedDate").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        var (_, page) = await Html.Get(client, "/recherche?q=insertion&sort=date");
        Assert.Contains(page.QuerySelectorAll(".sort-links a"), a => a.GetAttribute("href") == "/recherche?q=insertion");
    }

    [Fact]
    public async Task Api_returns_the_documented_shape()
    {
        var json = await Api("?q=logement");
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var item = json.GetProperty("items")[0];
        foreach (var name in new[] { "slug", "title", "summary", "excerpt", "score", "publishedDate" })
            Assert.True(item.TryGetProperty(name, out _), name);
        foreach (var facet in new[] { "theme", "public", "region", "departement", "stage", "evidence", "period" })
            Assert.True(json.GetProperty("facets").TryGetProperty(facet, out _), facet);
        Assert.True(json.TryGetProperty("suggestion", out _));
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"\"", "(", ")", "NEAR(a b", "a AND", "OR OR", "NOT", "*", "-", "--", "^", ":", "title:x", "{col}",
        "a\u0000b", "\u0007\u001b[31m", "😀🏠", "\ud800", "' OR 1=1 --", "<script>alert(1)</script>",
        new string('a', 10_000), string.Concat(Enumerable.Repeat("\"x ", 2000)), "l'", "qu'", "jusqu'", "%", "%%", "\\",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_input_is_accepted_by_the_page_and_the_api(string query)
    {
        var page = await client.GetAsync("/recherche?q=" + Uri.EscapeDataString(query) + "&page=abc&theme=%00&sort=" + Uri.EscapeDataString(query[..Math.Min(20, query.Length)]));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await page.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Write_up_page_values_link_to_matching_searches_and_similar_write_ups()
    {
        var (_, page) = await Html.Get(client, "/initiatives/dernier-ecrou");
        var searchLinks = page.QuerySelectorAll("article a[href^='/recherche?']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(searchLinks, l => l.StartsWith("/recherche?theme="));
        Assert.Contains(searchLinks, l => l.StartsWith("/recherche?public="));
        Assert.Contains(searchLinks, l => l.StartsWith("/recherche?region="));
        Assert.Contains(searchLinks, l => l.StartsWith("/recherche?departement="));
        Assert.Contains(searchLinks, l => l.StartsWith("/recherche?stage="));
        Assert.Contains(searchLinks, l => l.StartsWith("/recherche?evidence="));
        foreach (var link in searchLinks)
            Assert.Contains("dernier-ecrou", await AllSlugs(link["/recherche".Length..]));
        var similar = page.QuerySelectorAll(".similar a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(similar);
        Assert.DoesNotContain("/initiatives/dernier-ecrou", similar);
    }

    [Fact]
    public async Task Home_search_box_leads_to_the_search_page()
    {
        var (_, home) = await Html.Get(client, "/");
        var form = home.QuerySelector("main form[role=search]");
        Assert.Equal("/recherche", form?.GetAttribute("action"));
        Assert.Equal("get", form?.GetAttribute("method"));
    }

    private async Task<JsonElement> Api(string query)
    {
        var response = await client.GetAsync("/api/search" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Every hit of a search, page after page: the API returns twenty at a time.</summary>
    private async Task<List<string?>> AllSlugs(string query)
    {
        var slugs = new List<string?>();
        for (var page = 1; ; page++)
        {
            var json = await Api(query + (query.Contains('?') ? "&" : "?") + "page=" + page);
            var items = Slugs(json);
            slugs.AddRange(items);
            if (items.Count == 0 || slugs.Count >= json.GetProperty("total").GetInt32()) return slugs;
        }
    }

    private static List<string?> Slugs(JsonElement json) =>
        json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();

    private static int Count(JsonElement json, string facet, string value) =>
        json.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == value).Select(f => f.GetProperty("count").GetInt32()).SingleOrDefault();
}

public sealed class SqliteSearchPageTests(SqliteSite site) : SearchPageTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlSearchPageTests(PostgreSqlSite site) : SearchPageTests<PostgreSqlSite>(site);
