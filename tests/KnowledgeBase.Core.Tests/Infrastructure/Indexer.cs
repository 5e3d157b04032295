using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Core.Tests.Infrastructure;

/// <summary>The site's indexer (its background worker) run when a test asks, on Core's services.</summary>
public static class Indexer
{
    /// <summary>Applies every index task written so far, as the worker does, and checks that the index has caught up.</summary>
    public static async Task CatchUp(CoreHost host)
    {
        await using var scope = host.Scope();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndexHost>();
        scope.ServiceProvider.GetRequiredService<SearchIndexSync>().CatchUp();
        var latest = await host.Db(scope).IndexTasks.MaxAsync(t => (long?)t.Id) ?? 0;
        Assert.False(index.NeedsRebuild);
        Assert.True(index.Index.Checkpoint >= latest, $"point de reprise {index.Index.Checkpoint}, dernière tâche {latest}");
    }
}
