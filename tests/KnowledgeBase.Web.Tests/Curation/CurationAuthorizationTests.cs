using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>
/// Every editors' page and action of curation, as each role: visitors are sent to sign in,
/// members and reviewers refused (403), editors and admins allowed; a refused request changes
/// nothing (no line in the editorial log, where every change writes one); no POST works without
/// its antiforgery token.
/// </summary>
public sealed class CurationAuthorizationTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    public enum Who { Anonymous, Member, Reviewer, Editor, Admin }

    private sealed record Ids(long Dossier, long Featured, long Group, long Gap, string Term);

    private async Task<Ids> Arrange()
    {
        await using var scope = site.Scope();
        var services = scope.ServiceProvider;
        var db = site.Db(scope);
        var admin = new Core.Workflow.Actor((await SignIn.CreateMember(site, Roles.Admin)).Id, true);
        var dossier = await db.Dossiers.Where(d => d.PublishedRevisionId != null).Select(d => d.Id).FirstAsync();
        if (!await db.FeaturedItems.AnyAsync()) services.GetRequiredService<FeaturedItems>().Add(new FeaturedTarget(FeaturedKind.Dossier, dossier), null, admin);
        var featured = await db.FeaturedItems.Select(f => f.Id).FirstAsync();
        var group = await db.SynonymGroups.Select(g => g.Id).FirstAsync();
        services.GetRequiredService<SearchInsights>().NoteGap("garde d'enfants la nuit", admin);
        var gap = await db.ContentGaps.Select(g => g.Id).FirstAsync();
        var term = await db.TaxonomyTerms.Where(t => t.Kind == TaxonomyKinds.Themes).OrderByDescending(t => t.Position).Select(t => t.Slug).FirstAsync();
        return new Ids(dossier, featured, group, gap, term);
    }

    private static IEnumerable<string> Pages(Ids ids) =>
    [
        "/gestion/dossiers", "/gestion/dossiers/nouveau", $"/gestion/dossiers/{ids.Dossier}", $"/gestion/dossiers/{ids.Dossier}/modifier",
        $"/gestion/dossiers/{ids.Dossier}/revisions/1", "/gestion/a-la-une", "/gestion/vocabulaire", "/gestion/vocabulaire/themes",
        "/gestion/synonymes", "/gestion/synonymes?nouveau=halte", "/gestion/recherches", "/gestion/journal",
    ];

    // Harmless when allowed, but each would change something: nothing of it may happen when refused.
    private static IEnumerable<(string Action, (string, string)[] Fields)> Actions(Ids ids) =>
    [
        ("/gestion/dossiers/nouveau", [("Title", "Dossier intrus"), ("command", "save")]),
        ($"/gestion/dossiers/{ids.Dossier}/modifier", [("Title", "Titre intrus"), ("Version", Guid.Empty.ToString()), ("command", "save")]),
        ($"/gestion/dossiers/{ids.Dossier}/publier", [("version", Guid.Empty.ToString())]),
        ($"/gestion/dossiers/{ids.Dossier}/retirer", [("version", Guid.Empty.ToString())]),
        ("/gestion/a-la-une", [("Address", "/initiatives/aucune")]),
        ($"/gestion/a-la-une/{ids.Featured}/deplacer", [("direction", "down")]),
        ($"/gestion/a-la-une/{ids.Featured}/fin", [("endsOn", "2099-12-31")]),
        ($"/gestion/a-la-une/{ids.Featured}/retirer", []),
        ("/gestion/vocabulaire/themes", [("LabelFr", "Terme intrus"), ("LabelEn", "Intruder")]),
        ($"/gestion/vocabulaire/themes/{ids.Term}", [("LabelFr", "Renommé par intrus"), ("LabelEn", "Renamed")]),
        ($"/gestion/vocabulaire/themes/{ids.Term}/deplacer", [("direction", "up")]),
        ($"/gestion/vocabulaire/themes/{ids.Term}/retirer", []),
        ($"/gestion/vocabulaire/themes/{ids.Term}/remettre", []),
        ($"/gestion/vocabulaire/themes/{ids.Term}/fusionner", [("into", "logement")]),
        ("/gestion/synonymes", [("Expressions", "intrus, visiteur"), ("command", "save")]),
        ($"/gestion/synonymes/{ids.Group}", [("Expressions", "intrus, visiteur"), ("command", "save")]),
        ($"/gestion/synonymes/{ids.Group}/supprimer", []),
        ("/gestion/recherches/manquantes", [("query", "recherche intruse")]),
        ($"/gestion/recherches/manquantes/{ids.Gap}", []),
    ];

    private async Task<HttpClient> Client(Who who) => who switch
    {
        Who.Anonymous => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
        Who.Member => await SignIn.SignedInClient(site, Roles.Member),
        Who.Reviewer => await SignIn.SignedInClient(site, Roles.Reviewer),
        Who.Editor => await SignIn.SignedInClient(site, Roles.Editor),
        _ => await SignIn.SignedInClient(site, Roles.Admin),
    };

    private int LogLines()
    {
        using var scope = site.Scope();
        return site.Db(scope).EditorialLog.Count();
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Member)]
    [InlineData(Who.Reviewer)]
    public async Task Visitors_members_and_reviewers_see_and_change_nothing(Who who)
    {
        var ids = await Arrange();
        var client = await Client(who);
        var before = LogLines();
        foreach (var page in Pages(ids)) Refused(who, await client.GetAsync(page), page);
        foreach (var (action, fields) in Actions(ids)) Refused(who, await CurationData.PostAs(client, action, fields), action);
        Assert.Equal(before, LogLines());
    }

    [Theory]
    [InlineData(Who.Editor)]
    [InlineData(Who.Admin)]
    public async Task Editors_and_admins_open_every_page(Who who)
    {
        var ids = await Arrange();
        var client = await Client(who);
        foreach (var page in Pages(ids)) Assert.True((await client.GetAsync(page)).StatusCode == HttpStatusCode.OK, page);
    }

    [Fact]
    public async Task No_action_works_without_its_antiforgery_token()
    {
        var ids = await Arrange();
        var editor = await Client(Who.Editor);
        var before = LogLines();
        foreach (var (action, fields) in Actions(ids))
            Assert.True((await CurationData.PostWithoutToken(editor, action, fields)).StatusCode == HttpStatusCode.BadRequest, action);
        Assert.Equal(before, LogLines());
    }

    [Fact]
    public async Task A_term_of_another_vocabulary_or_an_unknown_one_is_refused()
    {
        var ids = await Arrange();
        var editor = await Client(Who.Editor);
        var before = LogLines();
        // "familles" is a public: a theme cannot be merged into it.
        var merged = await CurationData.PostAs(editor, $"/gestion/vocabulaire/themes/{ids.Term}/fusionner", ("into", "familles"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, merged.StatusCode);
        Assert.Contains("même vocabulaire", await CurationData.TextOf(merged));
        Assert.Equal(HttpStatusCode.NotFound, (await CurationData.PostAs(editor, "/gestion/vocabulaire/themes/familles", ("LabelFr", "Familles"), ("LabelEn", "Families"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CurationData.PostAs(editor, "/gestion/vocabulaire/inconnu", ("LabelFr", "X"), ("LabelEn", "X"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/gestion/vocabulaire/inconnu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CurationData.PostAs(editor, "/gestion/synonymes/99999999", ("Expressions", "a, b"), ("command", "save"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CurationData.PostAs(editor, "/gestion/recherches/manquantes/99999999")).StatusCode);
        Assert.Equal(before, LogLines());
    }

    private static void Refused(Who who, HttpResponseMessage response, string what)
    {
        if (who == Who.Anonymous)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} : {(int)response.StatusCode}");
            Assert.StartsWith("/compte/connexion", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
        }
        else Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what} : {(int)response.StatusCode}");
    }
}
