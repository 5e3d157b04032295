using System.Text;
using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Web.Tests.Initiatives;

/// <summary>A write-up downloaded as Markdown in the content/ format, and its print view.</summary>
public sealed class WriteUpExportTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task The_markdown_download_reads_back_as_the_published_write_up_without_the_email()
    {
        var response = await client.GetAsync("/initiatives/dernier-ecrou.md");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dernier-ecrou.md", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("@example.org", text);

        var (file, problems) = InitiativeFile.Parse("dernier-ecrou.md", text);
        Assert.Empty(problems);
        await using var scope = site.Scope();
        var initiative = await site.Db(scope).Initiatives.AsNoTracking().Include(i => i.PublishedRevision).SingleAsync(i => i.Slug == "dernier-ecrou");
        var expected = initiative.PublishedRevision!.Content;
        Assert.NotNull(expected.Contact.Email);
        expected.Contact.Email = null;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(file!.Content));
        Assert.Equal(initiative.EvidenceLevel, file.EvidenceLevel);
        Assert.Equal(initiative.IsExample, file.IsExample);
    }

    [Fact]
    public async Task The_print_view_is_a4_without_navigation_and_shows_its_links()
    {
        var (response, page) = await Html.Get(client, "/initiatives/dernier-ecrou/imprimer");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("nav"));
        Assert.Null(page.QuerySelector("header.site-header"));
        Assert.Null(page.QuerySelector("form"));
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Contexte et besoins");
        // Each link's address is written out, and the page's own address too.
        Assert.Contains(page.QuerySelectorAll(".url"), u => u.TextContent.StartsWith("https://example.org/"));
        Assert.Contains(page.QuerySelectorAll(".url"), u => u.TextContent.EndsWith("/initiatives/dernier-ecrou"));
        Assert.DoesNotContain("@example.org", page.Body!.InnerHtml);
        var css = await client.GetStringAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Contains("size: A4", css);
        Assert.Contains("attr(href)", css);

        var (_, show) = await Html.Get(client, "/initiatives/dernier-ecrou");
        Assert.NotNull(show.QuerySelector("a[href='/initiatives/dernier-ecrou/imprimer']"));
        Assert.NotNull(show.QuerySelector("a[href='/initiatives/dernier-ecrou.md'][download]"));
    }

    [Theory]
    [InlineData("/initiatives/n-existe-pas.md")]
    [InlineData("/initiatives/n-existe-pas/imprimer")]
    public async Task Unknown_write_ups_are_not_found(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
}
