using System.Text.Json;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>
/// The index follows the workflow through the outbox: only published write-ups are ever
/// findable, and the index recovers from being deleted or damaged.
/// </summary>
public abstract class IndexSyncTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static readonly Actor Author = new("author-" + Guid.NewGuid().ToString("N"), false);
    private static readonly Actor Editor = new("editor-" + Guid.NewGuid().ToString("N"), true);
    private readonly HttpClient client = site.CreateClient();

    [Fact]
    public async Task Only_published_write_ups_are_findable_through_the_whole_workflow()
    {
        var word = UniqueWord();
        var id = await Create(new ContentBuilder().Titled($"Un accueil {word} pour les familles").Build());
        await AssertNotFindable(word);

        await Act(id, WorkflowAction.Submit, Author);
        await AssertNotFindable(word);
        await Act(id, WorkflowAction.SendToReview, Editor);
        await AssertNotFindable(word);
        await Act(id, WorkflowAction.Publish, Editor);
        await Eventually.True(async () => (await Total(word)) == 1, "la fiche publiée est trouvée");

        await Act(id, WorkflowAction.Archive, Editor);
        await Eventually.True(async () => (await Total(word)) == 0, "la fiche archivée disparaît");
        await Act(id, WorkflowAction.Restore, Editor);
        await Eventually.True(async () => (await Total(word)) == 1, "la fiche remise en ligne revient");
    }

    [Fact]
    public async Task A_revision_stays_out_of_search_until_it_is_published()
    {
        var oldWord = UniqueWord();
        var newWord = UniqueWord();
        var id = await Create(new ContentBuilder().Titled($"Une permanence {oldWord}").Build());
        await Act(id, WorkflowAction.Submit, Author);
        await Act(id, WorkflowAction.Publish, Editor);
        await Eventually.True(async () => (await Total(oldWord)) == 1, "première version trouvée");

        await using (var scope = site.Scope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>();
            var version = site.Db(scope).Initiatives.Single(i => i.Id == id).Version;
            Assert.True(workflow.Save(id, version, new ContentBuilder().Titled($"Une permanence {newWord}").Build(), Author).Succeeded);
        }
        await Act(id, WorkflowAction.Submit, Author);
        await Eventually.IndexCaughtUp(site);
        Assert.Equal(1, await Total(oldWord));
        Assert.Equal(0, await Total(newWord));

        await Act(id, WorkflowAction.Publish, Editor);
        await Eventually.True(async () => await Total(newWord) == 1 && await Total(oldWord) == 0, "la nouvelle révision remplace l'ancienne");
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_while_the_site_runs()
    {
        await Eventually.IndexCaughtUp(site);
        var before = await Total("");
        Assert.True(before >= 12);
        Directory.Delete(site.SearchIndexFolder, recursive: true);
        await Eventually.True(async () => KnowledgeBase.Search.Index.LuceneSearchIndex.ExistsIn(site.SearchIndexFolder) && await Total("") == before,
            "l'index supprimé est reconstruit");
    }

    private async Task<long> Create(InitiativeContent content)
    {
        await using var scope = site.Scope();
        return scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().CreateDraft(content, Author).Id;
    }

    private async Task Act(long id, WorkflowAction action, Actor actor)
    {
        await using var scope = site.Scope();
        var version = site.Db(scope).Initiatives.Single(i => i.Id == id).Version;
        var outcome = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().Act(id, version, action, actor, "test");
        Assert.True(outcome.Succeeded, $"{action} : {outcome.Kind}");
    }

    private async Task AssertNotFindable(string word)
    {
        await Eventually.IndexCaughtUp(site);
        Assert.Equal(0, await Total(word));
        var list = await client.GetStringAsync("/initiatives?sort=title");
        Assert.DoesNotContain(word, list);
    }

    private async Task<int> Total(string query)
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    // A made-up word no example contains, so counts are exact.
    private static string UniqueWord() => "zorglub" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8));
}

public sealed class SqliteIndexSyncTests(SqliteSite site) : IndexSyncTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlIndexSyncTests(PostgreSqlSite site) : IndexSyncTests<PostgreSqlSite>(site);

/// <summary>A damaged index found at start is rebuilt from the database.</summary>
public sealed class CorruptIndexAtStartTests : IDisposable
{
    private readonly SiteFactory site = new(DatabaseProvider.Sqlite);

    [Fact]
    public async Task Garbage_in_the_index_files_is_replaced_by_a_rebuilt_index()
    {
        using (var earlier = new KnowledgeBase.Search.Index.LuceneSearchIndex(site.SearchIndexFolder))
            earlier.Rebuild([new KnowledgeBase.Search.IndexDocument { Id = 1, Slug = "x", Title = "Un texte assez long pour un segment", Body = new string('x', 5000) }], 0);
        foreach (var file in Directory.GetFiles(site.SearchIndexFolder).Where(f => !f.EndsWith("write.lock")))
            await File.WriteAllTextAsync(file, "ceci n'est pas un index Lucene " + new string('x', 500));
        var client = site.CreateClient();
        await Eventually.IndexCaughtUp(site);
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=logement"));
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        await using var scope = site.Scope();
        Assert.False(scope.ServiceProvider.GetRequiredService<SearchIndexHost>().NeedsRebuild);
    }

    public void Dispose() => site.Dispose();
}
