namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>"À la une": editors choose, order, date and remove what the home page features; the home page falls back to the latest publications.</summary>
public sealed class FeaturedTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Page = "/gestion/a-la-une";
    private readonly CurationData data = new(site);

    private async Task<List<string>> HomeHeadline()
    {
        var (_, home) = await Html.Get(site.NewClient(), "/");
        return [.. home.QuerySelectorAll(".featured-list h3 a").Select(a => a.GetAttribute("href")!)];
    }

    private long[] Rows() => data.Read(db => db.FeaturedItems.OrderBy(f => f.Position).ThenBy(f => f.Id).Select(f => f.Id).ToArray());

    [Fact]
    public async Task Editors_feature_order_date_and_remove_and_the_home_page_follows()
    {
        var editor = await data.Editor();
        var writeUp = await data.Published("Une");
        var dossier = data.Read(db => db.Dossiers.AsNoTracking().First(d => d.PublishedRevisionId != null));
        var (_, fallbackHome) = await Html.Get(site.NewClient(), "/");
        Assert.Contains("Les dernières publications de la base.", fallbackHome.QuerySelector(".headline")!.TextContent);

        // By address (a full URL), and from the dossier's back-office page (kind and id).
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, Page, ("Address", $"http://localhost/initiatives/{writeUp.Slug}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, $"/gestion/dossiers/{dossier.Id}", Page, ("Kind", "Dossier"), ("Id", dossier.Id.ToString()))).StatusCode);
        await Eventually.True(async () => (await HomeHeadline()).SequenceEqual([$"/initiatives/{writeUp.Slug}", $"/dossiers/{dossier.Slug}"]), "la une montre les deux, dans l'ordre");

        var rows = Rows();
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, $"{Page}/{rows[1]}/deplacer", ("direction", "up"))).StatusCode);
        Assert.Equal([rows[1], rows[0]], Rows());
        await Eventually.True(async () => (await HomeHeadline())[0] == $"/dossiers/{dossier.Slug}", "le dossier passe en premier");

        // A last day: yesterday is refused (the text stays), today works, and an item past its day leaves the home page.
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var past = await CurationData.Post(editor, Page, Page, ("Address", "/dossiers/" + dossier.Slug), ("EndsOn", "31/02/2026"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        var refused = await Html.Parse(past);
        Assert.Equal("/dossiers/" + dossier.Slug, refused.QuerySelector("#Address")!.GetAttribute("value"));
        Assert.Contains("Date de fin invalide", refused.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, $"{Page}/{rows[0]}/fin", ("endsOn", DateTime.UtcNow.ToString("yyyy-MM-dd")))).StatusCode);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), data.Read(db => db.FeaturedItems.Single(f => f.Id == rows[0]).EndsOn));
        await using (var scope = site.Scope())
        {
            await site.Db(scope).FeaturedItems.Where(f => f.Id == rows[0]).ExecuteUpdateAsync(s => s.SetProperty(f => f.EndsOn, DateOnly.Parse(yesterday)));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, $"{Page}/{rows[1]}/fin", ("endsOn", ""))).StatusCode); // evicts the kept home page
        await Eventually.True(async () => (await HomeHeadline()).SequenceEqual([$"/dossiers/{dossier.Slug}"]), "l'élément dont le dernier jour est passé quitte la une");

        // Already featured, unknown, or not public: refused with a French message, no 500.
        var twice = await CurationData.Post(editor, Page, Page, ("Address", "/dossiers/" + dossier.Slug));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("déjà à la une", await CurationData.TextOf(twice));
        var unknown = await CurationData.Post(editor, Page, Page, ("Address", "/initiatives/aucune-fiche-de-ce-nom"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("Aucune fiche publiée", await CurationData.TextOf(unknown));
        var draft = await data.Draft();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CurationData.Post(editor, Page, Page, ("Kind", "Initiative"), ("Id", draft.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CurationData.PostAs(editor, $"{Page}/{rows[1]}/deplacer", ("direction", "sideways"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CurationData.PostAs(editor, $"{Page}/99999999/retirer")).StatusCode);

        foreach (var row in Rows())
            Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Page, $"{Page}/{row}/retirer")).StatusCode);
        Assert.Empty(Rows());
        await Eventually.True(async () => (await Html.Get(site.NewClient(), "/")).Document.QuerySelector(".headline")!.TextContent.Contains("Les dernières publications"),
            "sans rien à la une, l'accueil montre les dernières publications");
        Assert.True(data.Read(db => db.EditorialLog.Count(l => l.Area == Core.Curation.EditorialAreas.Featured)) >= 5);
    }
}
