using System.Diagnostics;
using System.Text.Json;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Benchmarks;

/// <summary>
/// Publication → findable in the running site (`--publication N`): the real host with its
/// index worker at its default poll interval, on SQLite and the example content; each of N
/// write-ups is published through the workflow, and the time is taken from the commit of the
/// publication to the first answer of /api/search that finds it.
/// </summary>
internal static class PublicationLatency
{
    public static void Run(int publications)
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgebase-publication-latency", Guid.NewGuid().ToString("N"));
        // WebApplicationFactory finds the site's folder itself only from test projects.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEBASE_WEB", Path.Combine(Site.ContentFolder, "..", "src", "KnowledgeBase.Web"));
        using var site = new Site(folder);
        var client = site.CreateClient();
        WaitFor(client, "", total => total > 0, TimeSpan.FromMinutes(2)); // first start: import and index the examples

        var templatePath = Directory.GetFiles(Path.Combine(Site.ContentFolder, "initiatives"), "*.md").Order().First();
        var (templateName, template) = (Path.GetFileName(templatePath), File.ReadAllText(templatePath));
        var author = new Actor("benchmark-author", false);
        var editor = new Actor("benchmark-editor", true);
        var delays = new List<double>();
        for (var n = 0; n < publications; n++)
        {
            var word = "zorglub" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(10));
            var (file, problems) = InitiativeFile.Parse(templateName, template);
            if (file is null) throw new InvalidOperationException(string.Join("; ", problems));
            file.Content.Title = $"{word} {file.Content.Title}";
            using var scope = site.Services.CreateScope();
            var workflow = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
            var id = workflow.CreateDraft(file.Content, author).Id;
            workflow.Act(id, db.Initiatives.Single(i => i.Id == id).Version, WorkflowAction.Submit, author, null);
            var clock = Stopwatch.StartNew();
            var outcome = workflow.Act(id, db.Initiatives.Single(i => i.Id == id).Version, WorkflowAction.Publish, editor, null);
            if (!outcome.Succeeded) throw new InvalidOperationException($"Publication refused: {outcome.Kind}");
            WaitFor(client, word, total => total == 1, TimeSpan.FromSeconds(30));
            delays.Add(clock.Elapsed.TotalMilliseconds);
            Thread.Sleep(Random.Shared.Next(100, 600)); // not in step with the worker's polls
        }
        delays.Sort();
        Console.WriteLine($"Publication → findable through /api/search, {publications} publications: median {delays[delays.Count / 2]:F0} ms, " +
                          $"min {delays[0]:F0} ms, max {delays[^1]:F0} ms (index worker polling every 500 ms).");
    }

    private static void WaitFor(HttpClient client, string query, Func<int, bool> found, TimeSpan bound)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < bound)
        {
            var json = JsonDocument.Parse(client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)).GetAwaiter().GetResult());
            if (found(json.RootElement.GetProperty("total").GetInt32())) return;
            Thread.Sleep(10);
        }
        throw new TimeoutException($"'{query}' not found after {bound}.");
    }

    /// <summary>The real site on a SQLite file of its own, with the repository's content.</summary>
    private sealed class Site(string folder) : WebApplicationFactory<Program>
    {
        public static string ContentFolder { get; } = FindContent();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("KnowledgeBase:DataPath", Path.Combine(folder, "data"));
            builder.UseSetting("KnowledgeBase:SearchIndexPath", Path.Combine(folder, "search-index"));
            builder.UseSetting("KnowledgeBase:ContentPath", ContentFolder);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }

        private static string FindContent()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln"))) return Path.Combine(dir.FullName, "content");
            throw new InvalidOperationException("KnowledgeBase.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
