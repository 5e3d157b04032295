using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>
/// The site is killed (no shutdown code runs) while its worker applies index tasks in small
/// batches; after a restart every published write-up is in the index, exactly once.
/// </summary>
public sealed class KillDuringIndexingTests : IDisposable
{
    private const int WriteUps = 300;
    private readonly string content = Path.Combine(Path.GetTempPath(), "kb-kill", Guid.NewGuid().ToString("N"));
    private readonly SiteProcess site;

    public KillDuringIndexingTests()
    {
        CopyFolder(Path.Combine(RepositoryPaths.Content, "taxonomy"), Path.Combine(content, "taxonomy"));
        CopyFolder(Path.Combine(RepositoryPaths.Content, "territories"), Path.Combine(content, "territories"));
        Directory.CreateDirectory(Path.Combine(content, "initiatives"));
        site = new SiteProcess(content);
        site.Settings["Search:BatchSize"] = "1";
        site.Settings["Search:PollInterval"] = "00:00:00.050";
    }

    [Fact]
    public async Task Killing_the_site_in_the_middle_of_indexing_loses_nothing()
    {
        // 1. An empty site: its index exists, at checkpoint 0.
        var client = await site.Start();
        await Eventually.True(async () => (await Ready(client)).Documents == 0, "index vide prêt");
        site.Kill();

        // 2. Many write-ups arrive while the site is down: one index task each.
        WriteUpFiles();
        var (code, output) = await site.Command("import", content);
        Assert.True(code == 0, output);

        // 3. Restart, and kill it while the worker is part-way through the tasks.
        client = await site.Start();
        (long Documents, long Checkpoint, long Latest) seen = default;
        await Eventually.True(async () => { seen = await Ready(client); return seen.Checkpoint > 0; }, "l'indexation a commencé");
        site.Kill();
        Assert.True(seen.Checkpoint < seen.Latest, $"tué trop tard : {seen.Checkpoint}/{seen.Latest}");

        // 4. Restart: the worker resumes after the checkpoint and catches up (in batches of the
        // usual size: one commit per task was only there to be killed between two).
        site.Settings["Search:BatchSize"] = "200";
        client = await site.Start();
        await Eventually.True(async () => { seen = await Ready(client); return seen.Checkpoint == seen.Latest; }, "l'index a rattrapé");
        Assert.Equal(WriteUps, seen.Documents);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=famille"));
        Assert.Equal(WriteUps, json.RootElement.GetProperty("total").GetInt32());
    }

    private static async Task<(long Documents, long Checkpoint, long Latest)> Ready(HttpClient client)
    {
        var data = (await HealthDetails.Read(client)).Data("search-index");
        return (data.GetProperty("documents").GetInt64(), data.GetProperty("checkpoint").GetInt64(), data.GetProperty("latestTask").GetInt64());
    }

    private void WriteUpFiles()
    {
        var model = File.ReadAllText(Path.Combine(RepositoryPaths.Content, "initiatives", "sortir-de-la-rue.md"));
        for (var n = 1; n <= WriteUps; n++)
        {
            var text = Regex.Replace(model, @"(?m)^slug: .*$", $"slug: fiche-{n}");
            text = Regex.Replace(text, @"(?m)^title: .*$", $"title: \"Accueil des familles numéro {n}\"");
            File.WriteAllText(Path.Combine(content, "initiatives", $"fiche-{n}.md"), text);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        site.Dispose();
        try { Directory.Delete(content, true); } catch (IOException) { }
    }
}
