using KnowledgeBase.Core.Dossiers;

namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>
/// An editor's dossier through the pages: found write-ups added from a search, a draft saved,
/// published, revised, withdrawn; its revisions; the public page, the search, the write-up's
/// link back; an archived write-up leaving the public dossier with a note to the editor.
/// </summary>
public abstract class DossierDeskTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly CurationData data = new(site);

    private static (string, string)[] Texts(string title, params long[] items)
    {
        var fields = new List<(string, string)>
        {
            ("Title", title), ("Introduction", "Une **introduction** au dossier."), ("Recommendations", "- Réunir les partenaires tôt."),
        };
        for (var i = 0; i < items.Length; i++)
        {
            fields.Add(($"Items[{i}].InitiativeId", items[i].ToString()));
            fields.Add(($"Items[{i}].Note", $"Pourquoi la fiche {i + 1} compte."));
        }
        return [.. fields];
    }

    private async Task<(long Id, string Title, long[] Items)> Draft(HttpClient editor, string word)
    {
        var items = new List<long>();
        for (var i = 0; i < 3; i++) items.Add((await data.Published(word)).Id);
        // Letters only: six digits in a row would read as a phone number, which the visitors' searches never keep.
        var title = "Dossier " + word + " " + Letters(6);
        var saved = await CurationData.Post(editor, "/gestion/dossiers/nouveau", "/gestion/dossiers/nouveau", [.. Texts(title, [.. items]), ("command", "save")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = long.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1]);
        return (id, title, [.. items]);
    }

    private static string Letters(int count) => new([.. Guid.NewGuid().ToByteArray()[..count].Select(b => (char)('a' + b % 26))]);

    private static async Task<HttpResponseMessage> Act(HttpClient editor, long id, string verb, Guid version) =>
        await CurationData.Post(editor, $"/gestion/dossiers/{id}", $"/gestion/dossiers/{id}/{verb}", ("version", version.ToString()));

    [Fact]
    public async Task An_editor_adds_write_ups_found_by_a_search_and_keeps_everything_typed()
    {
        var word = "Zircon" + Guid.NewGuid().ToString("N")[..4];
        var found = await data.Published(word);
        await Eventually.IndexCaughtUp(site);
        var editor = await data.Editor();
        var dossiers = data.Read(db => db.Dossiers.Count());

        var searched = await CurationData.Post(editor, "/gestion/dossiers/nouveau", "/gestion/dossiers/nouveau",
            ("Title", "Mon titre gardé"), ("Introduction", "Mon introduction gardée"), ("Search", word), ("command", "search"));
        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        var page = await Html.Parse(searched);
        Assert.Equal("Mon titre gardé", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($"button[value='add-{found.Id}']"));

        var added = await Forms.Post(editor, page, "/gestion/dossiers/nouveau",
            [new("Title", "Mon titre gardé"), new("Introduction", "Mon introduction gardée"), new("command", $"add-{found.Id}")]);
        var withItem = await Html.Parse(added);
        Assert.Equal(found.Id.ToString(), withItem.QuerySelector("input[name='Items[0].InitiativeId']")!.GetAttribute("value"));
        Assert.Contains("Mon introduction gardée", withItem.QuerySelector("#Introduction")!.TextContent);
        Assert.Equal(dossiers, data.Read(db => db.Dossiers.Count())); // only "save" writes
    }

    [Fact]
    public async Task Draft_publish_revise_and_withdraw_keep_every_revision_and_the_public_page_in_step()
    {
        var editor = await data.Editor();
        var (id, title, items) = await Draft(editor, "Basalte");
        var slug = data.Dossier(id).Slug;
        Assert.Equal(HttpStatusCode.NotFound, (await site.NewClient().GetAsync($"/dossiers/{slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await Act(editor, id, "publier", data.Dossier(id).Version)).StatusCode);
        var (shown, page) = await Html.Get(site.NewClient(), $"/dossiers/{slug}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll(".dossier-item").Length);
        Assert.NotNull(page.QuerySelector(".markdown strong"));
        var (_, list) = await Html.Get(site.NewClient(), "/dossiers");
        Assert.NotNull(list.QuerySelector($"a[href='/dossiers/{slug}']"));
        var writeUp = data.Read(db => db.Initiatives.Single(i => i.Id == items[0]).Slug);
        var (_, writeUpPage) = await Html.Get(site.NewClient(), $"/initiatives/{writeUp}");
        Assert.NotNull(writeUpPage.QuerySelector($"a[href='/dossiers/{slug}']"));

        // A revision: saved, not shown until published.
        var revised = await CurationData.Post(editor, $"/gestion/dossiers/{id}/modifier", $"/gestion/dossiers/{id}/modifier",
            [.. Texts(title + " revu", items), ("Version", data.Dossier(id).Version.ToString()), ("command", "save")]);
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        Assert.Equal(title, (await Html.Get(site.NewClient(), $"/dossiers/{slug}")).Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await Act(editor, id, "publier", data.Dossier(id).Version)).StatusCode);
        await Eventually.True(async () => (await Html.Get(site.NewClient(), $"/dossiers/{slug}")).Document.QuerySelector("h1")!.TextContent.Trim() == title + " revu",
            "la révision publiée est en ligne");

        var (_, revisions) = await Html.Get(editor, $"/gestion/dossiers/{id}/revisions/1");
        Assert.Contains(title, revisions.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/gestion/dossiers/{id}/revisions/9")).StatusCode);
        Assert.Equal(2, data.Read(db => db.DossierRevisions.Count(r => r.DossierId == id)));

        // Publishing again with nothing new is refused, with a message and no 500.
        var again = await CurationData.PostAs(editor, $"/gestion/dossiers/{id}/publier", ("version", data.Dossier(id).Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("pas possible", await CurationData.TextOf(again));

        Assert.Equal(HttpStatusCode.Redirect, (await Act(editor, id, "retirer", data.Dossier(id).Version)).StatusCode);
        await Eventually.True(async () => (await site.NewClient().GetAsync($"/dossiers/{slug}")).StatusCode == HttpStatusCode.NotFound, "le dossier retiré n'est plus en ligne");
        Assert.Equal(DossierState.Withdrawn, data.Dossier(id).State);
    }

    [Fact]
    public async Task Bad_input_keeps_the_text_with_a_french_message()
    {
        var editor = await data.Editor();
        var (id, title, items) = await Draft(editor, "Gneiss");
        var stale = data.Dossier(id).Version;
        var tooLong = new string('x', 201);
        var refused = await CurationData.Post(editor, "/gestion/dossiers/nouveau", "/gestion/dossiers/nouveau",
            [.. Texts(tooLong, items), ("command", "save")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.Parse(refused);
        Assert.Equal(tooLong, page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Contains("Pourquoi la fiche 1 compte.", page.QuerySelector("textarea[name='Items[0].Note']")!.TextContent);
        Assert.Contains("caractères", page.QuerySelector(".alert-danger, .validation-summary-errors, [role=alert]")?.TextContent ?? page.Body!.TextContent);

        // Publishing a draft with fewer than three write-ups: refused, saying why.
        var thin = await CurationData.Post(editor, "/gestion/dossiers/nouveau", "/gestion/dossiers/nouveau", [.. Texts("Dossier mince", items[0]), ("command", "save")]);
        var thinId = long.Parse(thin.Headers.Location!.OriginalString.Split('/')[^1]);
        var publish = await Act(editor, thinId, "publier", data.Dossier(thinId).Version);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        Assert.Contains("au moins 3 fiches", await CurationData.TextOf(publish));

        // A save from an old version: 409, the text kept.
        await Act(editor, id, "publier", data.Dossier(id).Version);
        var conflict = await CurationData.Post(editor, $"/gestion/dossiers/{id}/modifier", $"/gestion/dossiers/{id}/modifier",
            [.. Texts("Texte tardif", items), ("Version", stale.ToString()), ("command", "save")]);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Texte tardif", (await Html.Parse(conflict)).QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, (await CurationData.Post(editor, "/gestion/dossiers/nouveau", "/gestion/dossiers/nouveau", ("command", "nimporte-quoi"))).StatusCode);
    }

    [Fact]
    public async Task Ids_pasted_from_elsewhere_are_refused()
    {
        var editor = await data.Editor();
        var (id, _, items) = await Draft(editor, "Quartz");
        var (other, _, _) = await Draft(editor, "Silex");
        var draftOnly = await data.Draft();
        var before = data.Dossier(id).Version;

        // A write-up that is not published, in the form: refused, nothing saved.
        var unpublished = await CurationData.Post(editor, $"/gestion/dossiers/{id}/modifier", $"/gestion/dossiers/{id}/modifier",
            [.. Texts("Avec une fiche non publiée", [.. items, draftOnly]), ("Version", before.ToString()), ("command", "save")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unpublished.StatusCode);
        Assert.Contains("n'est pas une fiche publiée", await CurationData.TextOf(unpublished));
        Assert.Equal(before, data.Dossier(id).Version);

        // This dossier's version posted to another dossier's address: refused as a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await CurationData.PostAs(editor, $"/gestion/dossiers/{other}/publier", ("version", before.ToString()))).StatusCode);
        Assert.Equal(DossierState.Draft, data.Dossier(other).State);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/gestion/dossiers/99999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CurationData.PostAs(editor, "/gestion/dossiers/99999999/publier", ("version", before.ToString()))).StatusCode);
    }

    [Fact]
    public async Task An_archived_write_up_leaves_the_public_dossier_and_its_editor_is_told()
    {
        var editor = await SignIn.CreateMember(site, Core.Accounts.Roles.Editor);
        var client = await SignIn.SignedInClient(site, editor);
        var (id, _, items) = await Draft(client, "Obsidienne");
        await Act(client, id, "publier", data.Dossier(id).Version);
        var slug = data.Dossier(id).Slug;
        var archived = data.Read(db => db.Initiatives.Single(i => i.Id == items[1]));

        await data.Archive(items[1]);

        await Eventually.True(async () => (await Html.Get(site.NewClient(), $"/dossiers/{slug}")).Document.QuerySelectorAll(".dossier-item").Length == 2,
            "la fiche archivée a quitté le dossier public");
        var (_, page) = await Html.Get(site.NewClient(), $"/dossiers/{slug}");
        Assert.Null(page.QuerySelector($"a[href='/initiatives/{archived.Slug}']"));
        Assert.Contains(data.Read(db => db.Notifications.Where(n => n.MemberId == editor.Id).Select(n => n.Url).ToList()), u => u == $"/gestion/dossiers/{id}");
        var (_, desk) = await Html.Get(client, $"/gestion/dossiers/{id}");
        Assert.Contains("ne sont plus publiées", desk.QuerySelector(".alert-warning")!.TextContent);
    }

    [Fact]
    public async Task A_published_dossier_is_a_search_hit_apart_and_in_the_api_feed_and_sitemap()
    {
        var editor = await data.Editor();
        var word = "Malachite" + Guid.NewGuid().ToString("N")[..4];
        var (id, title, _) = await Draft(editor, word);
        await Act(editor, id, "publier", data.Dossier(id).Version);
        var slug = data.Dossier(id).Slug;
        await Eventually.IndexCaughtUp(site);

        var (_, results) = await Html.Get(site.NewClient(), "/recherche?q=" + Uri.EscapeDataString(title));
        var apart = results.QuerySelector($"a[href='/dossiers/{slug}']");
        Assert.NotNull(apart);
        Assert.NotNull(apart.Closest(".dossier-hits"));
        // Found only as a dossier: the visitors' searches count it as found, not as a search without results.
        // The background writer may have taken the count first: ask until the row is there.
        var logged = await Poll.Until(async () =>
        {
            await using var scope = site.Scope();
            scope.ServiceProvider.GetRequiredService<Core.Insights.QueryLogStore>().Flush();
            return await site.Db(scope).SearchQueries.AsNoTracking().SingleOrDefaultAsync(q => q.Query == Core.Insights.QueryText.Normalise(title));
        }, "la recherche du titre est dans les agrégats");
        Assert.Equal(1, logged.Results);
        Assert.Contains(slug, await site.NewClient().GetStringAsync("/api/dossiers"));
        Assert.Contains(slug, await site.NewClient().GetStringAsync("/feeds/dossiers.atom"));
        Assert.Contains($"/dossiers/{slug}", await site.NewClient().GetStringAsync("/sitemap.xml"));
    }
}

public sealed class SqliteDossierDeskTests(SqliteSite site) : DossierDeskTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlDossierDeskTests(PostgreSqlSite site) : DossierDeskTests<PostgreSqlSite>(site);
