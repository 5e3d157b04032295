using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace KnowledgeBase.Web.Tests.OpenData;

/// <summary>Atom feeds, their autodiscovery, the sitemap and robots.txt.</summary>
public sealed class FeedTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = site.CreateClient();

    public static TheoryData<string> Feeds => new() { "/feeds/initiatives.atom", "/feeds/themes/logement.atom", "/feeds/themes/vieillissement.atom", "/feeds/regions/84.atom", "/feeds/regions/06.atom" };

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task Every_feed_is_valid_atom_with_the_required_elements(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();

        // A real Atom reader accepts it…
        using (var reader = XmlReader.Create(new StringReader(xml)))
            Assert.NotNull(SyndicationFeed.Load(reader));
        // …and RFC 4287's required elements are there.
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" }) Assert.NotNull(feed.Element(Atom + required));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).EndsWith(url));
        var entries = feed.Elements(Atom + "entry").ToList();
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated", "published", "summary" })
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + required)?.Value), $"{url} : {required}");
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate");
            Assert.Matches(@"/initiatives/[a-z0-9-]+$", (string)link.Attribute("href")!);
            Assert.NotEmpty(entry.Elements(Atom + "category"));
            Assert.All(entry.Elements(Atom + "category"), c => Assert.False(string.IsNullOrEmpty((string?)c.Attribute("label"))));
            Assert.True(DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value) >= DateTimeOffset.Parse(entry.Element(Atom + "published")!.Value).AddDays(-1));
        }
        if (url.Contains("logement")) Assert.All(entries, e => Assert.Contains(e.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "logement"));
        if (url.Contains("/regions/84")) Assert.NotEmpty(entries);
        if (url == "/feeds/initiatives.atom")
        {
            Assert.True(entries.Count >= 15);
            var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
            Assert.Equal(updated.OrderDescending(), updated);
        }
    }

    [Theory]
    [InlineData("/feeds/themes/inconnue.atom")]
    [InlineData("/feeds/regions/99.atom")]
    public async Task An_unknown_theme_or_region_has_no_feed(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("/", "/feeds/initiatives.atom")]
    [InlineData("/thematiques/logement", "/feeds/themes/logement.atom")]
    [InlineData("/recherche?theme=logement", "/feeds/themes/logement.atom")]
    [InlineData("/recherche?region=84", "/feeds/regions/84.atom")]
    [InlineData("/observatoire?theme=justice", "/feeds/themes/justice.atom")]
    [InlineData("/initiatives/dernier-ecrou", "/feeds/themes/justice.atom")]
    [InlineData("/initiatives/dernier-ecrou", "/feeds/regions/32.atom")]
    public async Task Pages_announce_their_feeds(string page, string feed)
    {
        var (_, document) = await Html.Get(client, page);
        Assert.NotNull(document.Head!.QuerySelector($"link[rel=alternate][type='application/atom+xml'][href='{feed}'][title]"));
    }

    [Fact]
    public async Task Sitemap_lists_the_public_pages_and_robots_points_to_it()
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Root!.Elements(ns + "url").Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();
        foreach (var path in new[] { "/", "/observatoire", "/api", "/thematiques/logement", "/initiatives/dernier-ecrou" }) Assert.Contains(path, urls);
        Assert.True(urls.Count(u => u.StartsWith("/initiatives/")) >= 15);
        Assert.All(sitemap.Root.Elements(ns + "url").Where(u => u.Element(ns + "loc")!.Value.Contains("/initiatives/")),
            u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(ns + "lastmod")!.Value));

        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /gestion", robots);
        Assert.Contains("Disallow: /ma-selection", robots);
        Assert.Matches(@"Sitemap: https?://[^/]+/sitemap\.xml", robots);
    }
}
