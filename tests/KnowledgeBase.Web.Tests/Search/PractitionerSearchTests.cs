using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeBase.Core.Initiatives;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>
/// What a practitioner types, against the example write-ups of content/, through the site's
/// API: expectations are read from the files themselves.
/// </summary>
public sealed class PractitionerSearchTests(SqliteSite site) : IClassFixture<SqliteSite>, IAsyncLifetime
{
    private readonly HttpClient client = site.CreateClient();

    public Task InitializeAsync() => Eventually.IndexCaughtUp(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typing_without_accents_finds_the_accented_words()
    {
        var written = SlugsWhere(text => text.Contains("accompagnée", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(written);
        Assert.Superset(written.ToHashSet(), (await AllSlugs("accompagnee")).ToHashSet());
    }

    [Fact]
    public async Task Grand_Est_finds_every_write_up_of_the_region()
    {
        var inRegion = SlugsWhere(text => Regex.IsMatch(text, "(?m)^  region: \"44\""));
        Assert.NotEmpty(inRegion);
        Assert.Superset(inRegion.ToHashSet(), (await AllSlugs("Grand Est")).ToHashSet());
        Assert.Superset(inRegion.ToHashSet(), (await AllSlugs("grand est")).ToHashSet());
    }

    [Theory]
    [InlineData("CAE", "je-cree-ma-boite")]
    [InlineData("Pole emploi", "plie-parcours-renforces")]
    [InlineData("l’insertion", "chantier-insertion-detention")]
    [InlineData("\"commission d'attribution\"", "commission-attribution-logements-partagee")]
    public async Task Sector_words_find_their_write_up(string query, string slug) => Assert.Contains(slug, await AllSlugs(query));

    [Fact]
    public async Task Similar_write_ups_share_a_theme_with_the_one_shown()
    {
        await using var scope = site.Scope();
        var search = scope.ServiceProvider.GetRequiredService<InitiativeSearch>();
        var published = site.Db(scope).Initiatives.Where(i => i.PublishedRevisionId != null).Select(i => i.Id).ToList();
        var themes = published.ToDictionary(id => id, id => Themes(site, scope, id));
        var pairs = 0;
        var sharing = 0;
        foreach (var id in published)
        {
            var similar = search.Similar(id);
            Assert.NotEmpty(similar);
            Assert.DoesNotContain(similar, h => h.Id == id);
            pairs += similar.Count;
            sharing += similar.Count(h => themes[h.Id].Overlaps(themes[id]));
        }
        // Measured: 214 of 240 (89%) on the 48 examples; two write-ups taken at random share one 66% of the time.
        Assert.True(sharing >= pairs * 0.8, $"{sharing} of {pairs} similar write-ups share a theme");
    }

    private static HashSet<string> Themes(SqliteSite site, AsyncServiceScope scope, long id)
    {
        var initiative = site.Db(scope).Initiatives.Single(i => i.Id == id);
        var revision = site.Db(scope).Revisions.Single(r => r.Id == initiative.PublishedRevisionId);
        return [.. revision.Content.Themes];
    }

    private static List<string> SlugsWhere(Func<string, bool> matches) =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "initiatives"), "*.md")
            .Where(f => matches(File.ReadAllText(f)))
            .Select(f => Path.GetFileNameWithoutExtension(f))];

    private async Task<List<string>> AllSlugs(string query)
    {
        var slugs = new List<string>();
        for (var page = 1; ; page++)
        {
            var json = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}&page={page}")).RootElement;
            var items = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();
            slugs.AddRange(items);
            if (items.Count == 0 || slugs.Count >= json.GetProperty("total").GetInt32()) return slugs;
        }
    }
}
