using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.OpenData;

/// <summary>
/// Public data only, on every open-data endpoint and export: a peer-reviewed write-up with a
/// contact email, a confidential note and named reviewers, a draft, a rejected write-up and an
/// unpublished revision are arranged; no page, API answer, feed, CSV or export shows any of them.
/// </summary>
public sealed class PublicDataTests(SqliteSite site) : IClassFixture<SqliteSite>, IAsyncLifetime
{
    private readonly ReviewTestData data = new(site);
    private readonly string tag = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> secrets = [];
    private string slug = "";

    public async Task InitializeAsync()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var email = $"contact-{tag}@example.org";
        var content = new ContentBuilder().Titled($"Fiche évaluée publique {tag}").OnThemes("logement").In("84", "69").Build();
        content.Contact = new Contact { Name = "Contact Public", Role = "Cheffe de projet", Email = email };
        var id = data.UnderReview(author, editor, content);
        var (first, second) = (await data.Reviewer(), await data.Reviewer());
        data.ReviewedBy(id, editor,
            (first, data.Draft(3, note: $"NOTE-CONFIDENTIELLE-{tag}", comment: $"COMMENTAIRE-EVALUATEUR-{tag}")),
            (second, data.Draft(4, note: $"NOTE-CONFIDENTIELLE-{tag}")));
        Assert.True(data.Decide(id, editor, ReviewDecision.Publish, EvidenceLevel.Promising).Succeeded);
        slug = data.Initiative(id).Slug;

        // A revision in progress of the published write-up, a draft, a rejected write-up.
        var revision = new ContentBuilder().Titled($"REVISION-EN-COURS-{tag}").OnThemes("logement").In("84", "69").Build();
        Assert.True(data.With<InitiativeWorkflow, WorkflowOutcome>(w => w.Save(id, data.Initiative(id).Version, revision, author.Actor)).Succeeded);
        data.Create(author, new ContentBuilder().Titled($"BROUILLON-SECRET-{tag}").Build());
        var rejected = data.Create(author, new ContentBuilder().Titled($"REFUSEE-SECRETE-{tag}").Build());
        data.Act(rejected, WorkflowAction.Submit, author);
        data.Act(rejected, WorkflowAction.Reject, editor);

        secrets.AddRange([email, $"NOTE-CONFIDENTIELLE-{tag}", $"COMMENTAIRE-EVALUATEUR-{tag}", $"REVISION-EN-COURS-{tag}", $"BROUILLON-SECRET-{tag}",
            $"REFUSEE-SECRETE-{tag}", first.DisplayName, second.DisplayName, first.Email, second.Email, first.Organisation!, second.Organisation!,
            editor.Email, author.Email]);
        await Eventually.IndexCaughtUp(site);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task No_endpoint_or_download_shows_what_is_not_public()
    {
        var client = site.CreateClient();
        var urls = new List<string>
        {
            "/observatoire", $"/observatoire?q={tag}", "/territoires", "/territoires.csv", "/recherche.csv", $"/recherche.csv?q={tag}", $"/recherche?q={tag}",
            "/feeds/initiatives.atom", "/feeds/themes/logement.atom", "/feeds/regions/84.atom", "/sitemap.xml", "/api",
            "/api/initiatives?pageSize=100", $"/api/initiatives?q={tag}", $"/api/initiatives/{slug}", $"/api/initiatives/{slug}?lang=en",
            $"/api/search?q={tag}", "/api/observatory", "/api/taxonomies", "/api/territories", "/openapi/v1.json",
            $"/initiatives/{slug}", $"/initiatives/{slug}.md", $"/initiatives/{slug}/imprimer",
        };
        urls.AddRange(new[] { "theme", "public", "region", "departement", "organisation", "stage", "evidence", "year", "period", "theme-region", "theme-year" }
            .Select(f => $"/observatoire/{f}.csv?q={tag}"));
        var checkedPublic = 0;
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} : {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            foreach (var secret in secrets) Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} montre « {secret} »");
            if (body.Contains($"Fiche évaluée publique {tag}")) checkedPublic++;
        }
        // The published write-up itself is there, with its evidence (counts, means), so the check looked at real data.
        Assert.True(checkedPublic >= 12, $"{checkedPublic} réponses contiennent la fiche publiée");
        var api = await client.GetStringAsync($"/api/initiatives/{slug}");
        Assert.Contains("\"reviewCount\":2", api);
        Assert.Contains("\"mean\":3.5", api);
    }

    [Fact]
    public async Task The_export_holds_the_published_revision_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kb-export", Guid.NewGuid().ToString("N"));
        try
        {
            await using (var scope = site.Scope())
                scope.ServiceProvider.GetRequiredService<ContentExporter>().Export(folder);
            var texts = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
            Assert.Contains(texts, t => t.Contains($"Fiche évaluée publique {tag}"));
            foreach (var secret in secrets) Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }
}
