using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Hosting;
using Xunit.Abstractions;

namespace KnowledgeBase.Web.Tests.Operations;

/// <summary>
/// PostgreSQL stopped for 10 s and started again while visitors and a member keep browsing:
/// readiness turns unhealthy then healthy, pages that need the database answer the French
/// 503 page (never a 500, never a stack trace), what was written before is still there, a
/// write attempted meanwhile is refused whole, the workers resume on their own and the index
/// skips no task. On the second throwaway cluster of tests/run.sh (<see cref="FaultCluster"/>).
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private readonly FaultCluster cluster = FaultCluster.FromEnvironment();
    private readonly SiteProcess node = new();
    private readonly ConcurrentQueue<Answer> answers = new();
    private SiteFactory shared = null!;

    private sealed record Answer(DateTime At, string Url, int Status, string? Body, string? RetryAfter);

    public async Task InitializeAsync()
    {
        shared = new SiteFactory(DatabaseProvider.PostgreSql, null, cluster.Server) { RunsBackgroundWorkers = false };
        node.Settings["Database:Provider"] = "PostgreSql";
        node.Settings["ConnectionStrings:PostgreSql"] = shared.ServerConnectionString!;
        node.Settings["Reviews:ReminderPollInterval"] = "00:00:01";
        node.Settings["Health:SamplePeriod"] = "00:00:01";
        await node.Start();
    }

    [Fact]
    public async Task The_site_survives_a_database_restart_under_steady_traffic()
    {
        var data = new ReviewTestData(shared);
        var editor = await SignIn.CreateMember(shared, Roles.Editor);
        var browser = node.Client(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        // A page that hangs would count as a failure, not wait for the end of the outage.
        browser.Timeout = TimeSpan.FromSeconds(10);
        var visitor = node.Client();
        visitor.Timeout = TimeSpan.FromSeconds(10);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.Submit(browser, editor.Email, editor.Password)).StatusCode);
        var author = await data.Member();

        // Written through the site just before the stop.
        var before = await Publish(browser, data, author, "avantpanne");
        var waiting = Draft(data, author, "pendantpanne");
        var (_, waitingPage) = await Html.Get(browser, $"/gestion/fiches/{waiting}");
        var publishWaiting = PublishFields(data, waiting);
        await Searchable("avantpanne");

        using var traffic = new CancellationTokenSource();
        var load = Task.WhenAll(Traffic(visitor, browser, traffic.Token));
        await Task.Delay(TimeSpan.FromSeconds(1));

        await cluster.Stop();
        var stoppedAt = DateTime.UtcNow;
        output.WriteLine($"PostgreSQL arrêté à {stoppedAt:HH:mm:ss.fff}");
        await Task.Delay(Outage / 2);
        // A write while the database is away: refused with the 503 page, nothing half-done.
        var refused = await Forms.Post(browser, waitingPage, $"/gestion/fiches/{waiting}/actions", publishWaiting);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        await Task.Delay(Outage / 2);
        await cluster.Start();
        var restartedAt = DateTime.UtcNow;
        output.WriteLine($"PostgreSQL redémarré à {restartedAt:HH:mm:ss.fff}");
        // This test's own pooled connections died with the server (the site's are its own business).
        Npgsql.NpgsqlConnection.ClearAllPools();

        var clock = Stopwatch.StartNew();
        await Eventually.True(async () => await ReadyStatus() == HttpStatusCode.OK, "prêt de nouveau");
        output.WriteLine($"Prêt {clock.ElapsedMilliseconds} ms après le redémarrage.");
        await Task.Delay(TimeSpan.FromSeconds(2));
        traffic.Cancel();
        await load;

        // What the visitors got.
        var all = answers.ToList();
        var during = all.Where(a => a.At > stoppedAt.AddSeconds(1) && a.At < restartedAt).ToList();
        output.WriteLine($"{all.Count} réponses, dont {during.Count} pendant la panne : " +
                         string.Join(", ", all.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}")));
        Assert.DoesNotContain(all, a => a.Status is 500 or 0);
        Assert.Contains(during, a => a.Url == "/health/ready" && a.Status == 503 && a.Body == "Unhealthy");
        Assert.Contains(all, a => a.Url == "/health/ready" && a.At > restartedAt && a.Status == 200);
        var unavailable = all.Where(a => a.Status == 503 && a.Url != "/health/ready").ToList();
        Assert.Contains(unavailable, a => a.Url == "/compte");
        Assert.All(unavailable, a =>
        {
            Assert.Contains("Service momentanément indisponible", a.Body);
            Assert.DoesNotContain("Exception", a.Body);
            Assert.DoesNotContain(" at ", a.Body);
            Assert.Equal(DatabaseOutage.RetryAfterSeconds.ToString(), a.RetryAfter);
        });
        // Pages that need no database (kept pages, search) went on answering.
        Assert.Contains(during, a => a.Url == "/" && a.Status == 200);
        Assert.Contains(during, a => a.Url.StartsWith("/api/search") && a.Status == 200);
        // Once ready again, pages that need the database answer again.
        Assert.Contains(all, a => a.Url == "/compte" && a.At > restartedAt && a.Status == 200);

        // Nothing written before the stop is lost; the refused write left nothing behind.
        await using (var scope = shared.Scope())
        {
            var db = shared.Db(scope);
            Assert.Equal(WorkflowState.Published, (await db.Initiatives.SingleAsync(i => i.Id == before)).State);
            Assert.Equal(WorkflowState.Submitted, (await db.Initiatives.SingleAsync(i => i.Id == waiting)).State);
        }

        // The workers resumed on their own: the write done now is indexed, the reminders ran.
        var (_, retryPage) = await Html.Get(browser, $"/gestion/fiches/{waiting}");
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Post(browser, retryPage, $"/gestion/fiches/{waiting}/actions", publishWaiting)).StatusCode);
        await Searchable("pendantpanne");
        await Searchable("avantpanne");
        await Eventually.True(async () =>
        {
            var reminders = (await HealthDetails.Read(node.Client())).Data("workers").GetProperty(ReviewRemindersWorker.LeaseName);
            return reminders.GetProperty("lastSuccess").GetDateTime() > restartedAt;
        }, "les rappels ont repris");

        // No index task skipped: the checkpoint is past every task, and every published write-up and dossier is indexed.
        await using (var scope = shared.Scope())
        {
            var db = shared.Db(scope);
            var latest = await db.IndexTasks.MaxAsync(t => t.Id);
            var published = await db.Initiatives.CountAsync(i => i.PublishedRevisionId != null && i.State != WorkflowState.Archived)
                + await db.Dossiers.CountAsync(d => d.PublishedRevisionId != null && d.State == KnowledgeBase.Core.Dossiers.DossierState.Published);
            await Eventually.True(async () => (await HealthDetails.Read(node.Client())).Data("search-index").GetProperty("checkpoint").GetInt64() >= latest, "l'index a tout rattrapé");
            Assert.Equal(published, (await HealthDetails.Read(node.Client())).Data("search-index").GetProperty("documents").GetInt64());
        }
    }

    private async Task<HttpStatusCode> ReadyStatus()
    {
        try { return (await node.Client().GetAsync("/health/ready")).StatusCode; }
        catch (HttpRequestException) { return 0; }
    }

    // Visitors and a signed-in member, one request every 50 ms each: kept pages, pages that
    // read the database (a query string of their own so that no kept copy answers), search, readiness.
    private IEnumerable<Task> Traffic(HttpClient visitor, HttpClient member, CancellationToken stop)
    {
        async Task Loop(HttpClient client, Func<int, string> url)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var target = url(n);
                try
                {
                    using var response = await client.GetAsync(target, CancellationToken.None);
                    var body = response.StatusCode == HttpStatusCode.OK && target != "/health/ready" ? null : await response.Content.ReadAsStringAsync();
                    answers.Enqueue(new(DateTime.UtcNow, target.Split("?p=")[0], (int)response.StatusCode, body, response.Headers.RetryAfter?.ToString()));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    answers.Enqueue(new(DateTime.UtcNow, target, 0, e.Message, null));
                }
                await Task.Delay(50, CancellationToken.None);
            }
        }
        string[] visitorPages = ["/", "/initiatives?p=", "/api/search?q=logement", "/health/ready"];
        yield return Loop(visitor, n => visitorPages[n % visitorPages.Length] is var page && page.EndsWith("?p=") ? page + n : page);
        yield return Loop(member, _ => "/compte");
    }

    private async Task Searchable(string word) =>
        await Eventually.True(async () =>
            JsonDocument.Parse(await node.Client().GetStringAsync($"/api/search?q={word}")).RootElement.GetProperty("total").GetInt32() == 1,
            $"« {word} » est trouvé");

    private static long Draft(ReviewTestData data, Person author, string word)
    {
        var id = data.Create(author, new ContentBuilder().Titled($"Fiche {word} {Guid.NewGuid():N}"[..40]).Build());
        data.Act(id, WorkflowAction.Submit, author);
        return id;
    }

    private static Dictionary<string, string> PublishFields(ReviewTestData data, long id) => new()
    {
        ["action"] = nameof(WorkflowAction.Publish), ["version"] = data.Initiative(id).Version.ToString(), ["message"] = "",
    };

    private static async Task<long> Publish(HttpClient browser, ReviewTestData data, Person author, string word)
    {
        var id = Draft(data, author, word);
        var (_, page) = await Html.Get(browser, $"/gestion/fiches/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Post(browser, page, $"/gestion/fiches/{id}/actions", PublishFields(data, id))).StatusCode);
        return id;
    }

    public async Task DisposeAsync()
    {
        node.Dispose();
        try { await cluster.Start(); } catch (InvalidOperationException) { } // already running
        await shared.DisposeAsync();
    }
}
