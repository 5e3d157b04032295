namespace KnowledgeBase.Web.Tests.Reviews;

public abstract partial class ReviewPagesTests<TSite>
{
    [Fact]
    public async Task The_dashboard_lists_overdue_reviews_and_the_grid_page_is_public()
    {
        var (author, editor, reviewer, id) = await OneReviewerInvited("Fiche en retard", "Structure D ");
        await using (var scope = site.Scope())
        {
            var a = await site.Db(scope).ReviewAssignments.SingleAsync(x => x.InitiativeId == id);
            a.DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-4));
            await site.Db(scope).SaveChangesAsync();
        }
        var (_, dashboard) = await Html.Get(editor.Client, "/gestion");
        var overdue = dashboard.QuerySelector("table.overdue-reviews")!.TextContent;
        Assert.Contains(reviewer.Member.DisplayName, overdue);
        Assert.Contains("Fiche en retard", overdue);

        var (response, grid) = await Html.Get(site.CreateClient(), "/grille-d-evaluation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Transférabilité", grid.QuerySelector("table.grid-criteria")!.TextContent);
        Assert.Contains("Éprouvée", grid.Body!.TextContent);
    }
}
