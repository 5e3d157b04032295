using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The list pages through more write-ups than one page holds.</summary>
public sealed class ListPagingTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task The_list_pages_through_every_published_write_up_once()
    {
        var author = new Actor("paging-author", false);
        var editor = new Actor("paging-editor", true);
        for (var n = 1; n <= 12; n++)
            new InitiativeBuilder(site).Titled($"Accueil de proximité numéro {n}").By(author).HandledBy(editor).Build(WorkflowState.Published);
        var client = site.CreateClient();
        var (_, first) = await Html.Get(client, "/initiatives?sort=title");
        var total = int.Parse(first.QuerySelector("main h1 + p")!.TextContent.Split(' ')[0]);
        Assert.True(total > 20);
        // Follow "next" to the end: as many pages as the example content and these twelve need.
        var seen = new List<string>();
        var pages = 0;
        for (var more = true; more; )
        {
            Assert.True(++pages <= total, "la pagination ne s'arrête pas");
            var (_, document) = await Html.Get(client, $"/initiatives?sort=title&page={pages}");
            seen.AddRange(document.QuerySelectorAll(".initiative-card h3 a").Select(a => a.GetAttribute("href")!));
            Assert.NotNull(document.QuerySelector(".pagination"));
            more = document.QuerySelector(".pagination a[rel=next]") is not null;
        }
        Assert.True(pages >= 2);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        var (_, last) = await Html.Get(client, $"/initiatives?sort=title&page={pages}");
        Assert.NotNull(last.QuerySelector(".pagination a[rel=prev]"));
        Assert.Null(last.QuerySelector(".pagination a[rel=next]"));
    }
}
