using System.Diagnostics;
using System.Text.Json;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Hosting;
using Xunit.Abstractions;

namespace KnowledgeBase.Web.Tests.Operations;

/// <summary>Two web nodes on one PostgreSQL behave as one site: search, sessions, workers, start-up.</summary>
[Trait("Database", "PostgreSql")]
public sealed class TwoNodesTests(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>
{
    private readonly ReviewTestData data = new(nodes.Shared);

    [Fact]
    public async Task Starting_both_at_once_migrates_imports_and_creates_the_first_key_once()
    {
        string[] logs = [nodes.A.Output, nodes.B.Output];
        Assert.Single(logs, l => l.Contains("premier import"));
        Assert.Single(logs, l => l.Contains("contenu déjà importé") && l.Contains("aucune migration à appliquer"));
        await using var scope = nodes.Shared.Scope();
        var db = nodes.Shared.Db(scope);
        var migrations = db.Database.GetMigrations().Count();
        Assert.Single(logs, l => l.Contains($"{migrations} migrations appliquées, premier import"));
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "initiatives"), "*.md").Length;
        Assert.Equal(files, await db.Initiatives.CountAsync(i => i.IsExample));
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_member_signed_in_on_A_is_signed_in_on_B_with_a_token_from_A()
    {
        var member = await SignIn.CreateMember(nodes.Shared);
        var (onA, onB) = (nodes.Browser(nodes.A), nodes.Browser(nodes.B));

        // The sign-in form comes from A; it is posted to B, which must accept A's token.
        var (_, form) = await Html.Get(onA, "/compte/connexion");
        var posted = await Forms.Post(onB, form, "/compte/connexion",
            new Dictionary<string, string> { ["Email"] = member.Email, ["Password"] = member.Password, ["ReturnUrl"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        // The session cookie that B issued is good on A, and the other way round.
        foreach (var client in new[] { onA, onB })
        {
            var (account, page) = await Html.Get(client, "/compte");
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
            Assert.Contains(member.Email, page.Body!.TextContent);
        }

        // A form read on B and sent to A: signing out through A with B's token.
        var (_, home) = await Html.Get(onB, "/compte");
        var signOut = await Forms.Post(onA, home, "/compte/deconnexion", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync("/compte")).StatusCode);
    }

    [Fact]
    public async Task A_write_up_published_on_A_is_found_by_search_on_B_and_both_indexes_apply_every_task()
    {
        var editor = await SignIn.CreateMember(nodes.Shared, Roles.Editor);
        var onA = nodes.Browser(nodes.A);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.Submit(onA, editor.Email, editor.Password)).StatusCode);
        var author = await data.Member();
        var onB = nodes.B.Client();
        // A few publications, for the delay between the editor's answer on A and the search on B
        // (reported in docs/benchmarks.md; a figure, not an assertion).
        var delays = new List<long>();
        for (var round = 0; round < 5; round++)
        {
            var word = "quenouillard" + new string(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).ToArray());
            var id = data.Create(author, new ContentBuilder().Titled($"Accueil {word} des familles").Build());
            data.Act(id, WorkflowAction.Submit, author);
            var (_, page) = await Html.Get(onA, $"/gestion/fiches/{id}");
            var published = await Forms.Post(onA, page, $"/gestion/fiches/{id}/actions", new Dictionary<string, string>
            {
                ["action"] = nameof(WorkflowAction.Publish), ["version"] = data.Initiative(id).Version.ToString(), ["message"] = "",
            });
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
            var clock = Stopwatch.StartNew();
            await Eventually.True(async () =>
            {
                var json = JsonDocument.Parse(await onB.GetStringAsync($"/api/search?q={word}")).RootElement;
                return json.GetProperty("total").GetInt32() == 1;
            }, "la fiche publiée sur A est trouvée sur B");
            delays.Add(clock.ElapsedMilliseconds);
        }
        delays.Sort();
        output.WriteLine($"Publiée sur A, trouvée sur B après {string.Join(", ", delays)} ms (médiane {delays[2]} ms).");

        // Each node applied every index task to its own index.
        long latest;
        await using (var scope = nodes.Shared.Scope()) latest = await nodes.Shared.Db(scope).IndexTasks.MaxAsync(t => t.Id);
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            await Eventually.True(async () => (await HealthDetails.Read(node.Client())).Data("search-index").GetProperty("checkpoint").GetInt64() >= latest,
                $"l'index de {node.BaseAddress} a rattrapé");
        }
        var documents = await Task.WhenAll(new[] { nodes.A, nodes.B }.Select(async n => (await HealthDetails.Read(n.Client())).Data("search-index").GetProperty("documents").GetInt64()));
        Assert.Equal(documents[0], documents[1]);
        Assert.NotEqual(nodes.A.SearchIndexFolder, nodes.B.SearchIndexFolder);
    }

    [Fact]
    public async Task Reminders_are_sent_once_by_the_node_that_holds_the_lease()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        var assignment = data.AssignmentOf(id, reviewer);
        await using (var scope = nodes.Shared.Scope())
        {
            var db = nodes.Shared.Db(scope);
            var row = await db.ReviewAssignments.SingleAsync(a => a.Id == assignment);
            row.DueDate = data.Today.AddDays(-1);
            row.InvitedAt = DateTime.UtcNow.AddDays(-20);
            await db.SaveChangesAsync();
        }

        await Eventually.True(() => Task.FromResult(RemindersTo(reviewer.Email) == 1), "un rappel est envoyé");
        // Several more passes of both workers (every second): still one.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, RemindersTo(reviewer.Email));

        var notes = await Task.WhenAll(new[] { nodes.A, nodes.B }.Select(async n =>
            (await HealthDetails.Read(n.Client())).Data("workers").GetProperty(ReviewRemindersWorker.LeaseName).GetProperty("note").GetString()!));
        Assert.Single(notes, n => n.StartsWith("actif sur ce nœud"));
        Assert.Single(notes, n => n.StartsWith("en attente : noeud-"));
    }

    private int RemindersTo(string address) => new[] { nodes.A, nodes.B }
        .Where(n => Directory.Exists(n.MailFolder))
        .SelectMany(n => Directory.GetFiles(n.MailFolder, "*.eml"))
        .Select(MailFolder.Parse)
        .Count(m => m.To == address && m.Subject.Contains("Rappel"));
}
