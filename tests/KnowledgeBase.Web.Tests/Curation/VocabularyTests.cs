using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>
/// The vocabularies edited in the site: add, rename, reorder, retire (still readable on old
/// write-ups), merge (re-tagged, re-indexed, old addresses 301), each change in the log, and the
/// export writing the vocabulary back in the content/taxonomy format.
/// </summary>
public abstract class VocabularyTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private const string Themes = "/gestion/vocabulaire/themes";
    private readonly CurationData data = new(site);

    private async Task<string> AddTheme(HttpClient editor, string label)
    {
        var slug = "theme-" + Guid.NewGuid().ToString("N")[..8];
        var added = await CurationData.Post(editor, Themes, Themes, ("Slug", slug), ("LabelFr", label), ("LabelEn", label + " (en)"), ("DescriptionFr", ""), ("DescriptionEn", ""));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return slug;
    }

    private TaxonomyTerm Term(string slug) => data.Read(db => db.TaxonomyTerms.AsNoTracking().Single(t => t.Kind == TaxonomyKinds.Themes && t.Slug == slug));

    [Fact]
    public async Task Add_rename_reorder_and_retire_with_every_change_logged()
    {
        var editor = await data.Editor();
        var slug = await AddTheme(editor, "Mobilité solidaire");
        Assert.NotNull((await Html.Get(editor, "/fiches/nouvelle")).Document.QuerySelector($"input[name='Themes'][value='{slug}']"));

        // Bad input: refused in French, what was typed kept.
        var refused = await CurationData.Post(editor, Themes, Themes, ("Slug", "Pas un code !"), ("LabelFr", ""), ("LabelEn", "Kept text"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Html.Parse(refused);
        Assert.Equal("Kept text", page.QuerySelector("#LabelEn")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".error-summary"));

        var renamed = await CurationData.Post(editor, Themes, $"{Themes}/{slug}", ("LabelFr", "Mobilité et transport solidaires"), ("LabelEn", "Shared mobility"),
            ("DescriptionFr", "Se déplacer pour accéder aux droits."), ("DescriptionEn", ""));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(("Mobilité et transport solidaires", "Shared mobility"), (Term(slug).LabelFr, Term(slug).LabelEn));

        var position = Term(slug).Position;
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Themes, $"{Themes}/{slug}/deplacer", ("direction", "up"))).StatusCode);
        Assert.True(Term(slug).Position < position);

        var writeUp = await data.Published("Retrait", "accompagnement-social", slug);
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Themes, $"{Themes}/{slug}/retirer")).StatusCode);
        Assert.NotNull(Term(slug).RetiredAt);
        Assert.Null((await Html.Get(editor, "/fiches/nouvelle")).Document.QuerySelector($"input[name='Themes'][value='{slug}']"));
        await Eventually.True(async () => (await site.NewClient().GetStringAsync($"/initiatives/{writeUp.Slug}")).Contains("Mobilité et transport solidaires"),
            "le terme retiré reste lisible sur la fiche qui le porte");
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.Post(editor, Themes, $"{Themes}/{slug}/remettre")).StatusCode);
        Assert.Null(Term(slug).RetiredAt);

        var lines = data.Read(db => db.EditorialLog.Where(l => l.Area == EditorialAreas.Vocabulary && l.Text.Contains(slug) || l.Text.Contains("Mobilité")).ToList());
        Assert.True(lines.Count >= 5, string.Join("\n", lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.NotNull(l.ActorId));
        // The first import wrote the vocabulary too, and said so (with no one as its author).
        Assert.Contains(data.Read(db => db.EditorialLog.Where(l => l.ActorId == null).Select(l => l.Text).ToList()), t => t.StartsWith("Vocabulaire importé"));
        var (_, log) = await Html.Get(editor, "/gestion/journal?area=" + EditorialAreas.Vocabulary);
        Assert.Contains("Mobilité et transport solidaires", log.Body!.TextContent);
    }

    [Fact]
    public async Task A_merge_re_tags_re_indexes_and_redirects_the_old_addresses_permanently()
    {
        var editor = await data.Editor();
        var (old, target) = (await AddTheme(editor, "Accès aux droits ruraux"), await AddTheme(editor, "Accès aux droits"));
        var onOld = await data.Published("Fusion", old);
        var onTarget = await data.Published("Fusion", target);
        await Eventually.IndexCaughtUp(site);
        var before = data.Read(db => db.IndexTasks.Max(t => t.Id));

        var merged = await CurationData.Post(editor, Themes, $"{Themes}/{old}/fusionner", ("into", target));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(target, Term(old).MergedIntoSlug);
        Assert.Contains(data.Read(db => db.IndexTasks.Where(t => t.Id > before).Select(t => t.InitiativeId).ToList()), id => id == onOld.Id);

        var visitor = site.NewClient();
        foreach (var (from, to) in new[]
                 {
                     ($"/thematiques/{old}", $"/thematiques/{target}"), ($"/feeds/themes/{old}.atom", $"/feeds/themes/{target}.atom"),
                     ($"/recherche?theme={old}&q=fiche", $"/recherche?theme={target}&q=fiche"), ($"/api/search?theme={old}", $"/api/search?theme={target}"),
                 })
        {
            var answer = await visitor.GetAsync(from);
            Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
            Assert.Equal(to, answer.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/thematiques/{target}")).StatusCode);

        await Eventually.IndexCaughtUp(site);
        var (_, found) = await Html.Get(visitor, $"/recherche?theme={target}");
        Assert.Contains(onOld.Title, found.Body!.TextContent);
        Assert.Contains(onTarget.Title, found.Body!.TextContent);
        Assert.Null(found.QuerySelector($"input[name='theme'][value='{old}']"));
        Assert.Null((await Html.Get(visitor, "/recherche")).Document.QuerySelector($"input[name='theme'][value='{old}']"));
        var (_, writeUp) = await Html.Get(visitor, $"/initiatives/{onOld.Slug}");
        Assert.Contains("Accès aux droits", writeUp.Body!.TextContent);

        // A merged term cannot be merged again, nor a term into itself; nothing changes.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CurationData.PostAs(editor, $"{Themes}/{old}/fusionner", ("into", target))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CurationData.PostAs(editor, $"{Themes}/{target}/fusionner", ("into", target))).StatusCode);
    }

    [Fact]
    public async Task The_export_writes_the_vocabulary_back_in_the_taxonomy_format()
    {
        var editor = await data.Editor();
        var (old, target) = (await AddTheme(editor, "Thème exporté ancien"), await AddTheme(editor, "Thème exporté"));
        await CurationData.Post(editor, Themes, $"{Themes}/{old}/fusionner", ("into", target));
        var folder = Path.Combine(Path.GetTempPath(), "kb-export", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var scope = site.Scope()) scope.ServiceProvider.GetRequiredService<ContentExporter>().Export(folder);
            var yaml = await File.ReadAllTextAsync(Path.Combine(folder, "taxonomy", "themes.yml"));
            Assert.Contains($"slug: {target}", yaml);
            Assert.Contains("Thème exporté", yaml);
            Assert.Contains($"merged_into: {target}", yaml);
            var terms = TaxonomyFiles.ReadTerms(folder);
            Assert.Equal(target, terms.Single(t => t.Slug == old).MergedIntoSlug);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class SqliteVocabularyTests(SqliteSite site) : VocabularyTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlVocabularyTests(PostgreSqlSite site) : VocabularyTests<PostgreSqlSite>(site);
