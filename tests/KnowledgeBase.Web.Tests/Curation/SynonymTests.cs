namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>Synonym groups edited in the site: a preview of what a query finds before and after, then saved and applied by the search at once.</summary>
public sealed class SynonymTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Page = "/gestion/synonymes";
    private readonly CurationData data = new(site);

    private async Task<int> Found(string query)
    {
        var (_, results) = await Html.Get(site.NewClient(), "/recherche?q=" + Uri.EscapeDataString(query));
        return results.QuerySelectorAll($"a[href^='/initiatives/']").Count(a => a.TextContent.Contains("Fiche Tourmaline"));
    }

    [Fact]
    public async Task An_editor_previews_saves_edits_and_deletes_a_group()
    {
        var editor = await data.Editor();
        var missing = "vélocipède" + Guid.NewGuid().ToString("N")[..4];
        var word = "Tourmaline";
        var target = await data.Published(word);
        await Eventually.IndexCaughtUp(site);
        Assert.Equal(0, await Found(missing));

        // The searches page's "add a synonym" link opens the form with the query, and its preview.
        var (_, opened) = await Html.Get(editor, Page + "?nouveau=" + Uri.EscapeDataString(missing));
        Assert.Contains(missing, opened.QuerySelector("#Expressions")!.TextContent);

        var groups = data.Read(db => db.SynonymGroups.Count());
        var preview = await CurationData.Post(editor, Page, Page, ("Expressions", $"{missing}\n{word.ToLowerInvariant()}"), ("Query", missing), ("command", "preview"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = await Html.Parse(preview);
        Assert.Empty(shown.QuerySelectorAll(".preview-before li"));
        Assert.Contains(shown.QuerySelectorAll(".preview-after li"), li => li.TextContent.Contains(target.Title) && li.QuerySelector(".badge") is not null);
        Assert.Contains(missing, shown.QuerySelector("#Expressions")!.TextContent);
        Assert.Equal(groups, data.Read(db => db.SynonymGroups.Count())); // a preview saves nothing
        Assert.Equal(0, await Found(missing));

        // One expression is no group: refused in French, the text kept.
        var refused = await CurationData.Post(editor, Page, Page, ("Expressions", missing), ("Query", ""), ("command", "save"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedPage = await Html.Parse(refused);
        Assert.Contains("au moins deux expressions", refusedPage.Body!.TextContent);
        Assert.Contains(missing, refusedPage.QuerySelector("#Expressions")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, Page, ("Expressions", $"{missing}, {word.ToLowerInvariant()}"), ("Query", ""), ("command", "save"))).StatusCode);
        var id = data.Read(db => db.SynonymGroups.AsNoTracking().OrderByDescending(g => g.Id).First()).Id;
        await Eventually.True(async () => await Found(missing) == 1, "la recherche applique le nouveau groupe");

        // Edited: the other expression no longer leads to the write-up.
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, $"{Page}/{id}", ("Expressions", $"{missing}, bicyclette"), ("Query", ""), ("command", "save"))).StatusCode);
        await Eventually.True(async () => await Found(missing) == 0, "le groupe modifié s'applique");
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, $"{Page}/{id}/supprimer")).StatusCode);
        Assert.Equal(groups, data.Read(db => db.SynonymGroups.Count()));
        Assert.Equal(3, data.Read(db => db.EditorialLog.Count(l => l.Area == Core.Curation.EditorialAreas.Synonyms && l.Text.Contains(missing))));
    }
}
