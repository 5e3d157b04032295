using KnowledgeBase.Core.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// Waiting for the background indexer. The bound is generous and only there so a broken
/// build fails instead of hanging; speed is measured in the benchmarks, not here.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail($"Toujours faux après {Bound.TotalSeconds} s : {what}");
    }

    /// <summary>Waits until the index has applied every index task written so far.</summary>
    public static Task IndexCaughtUp(SiteFactory site) => True(async () =>
    {
        await using var scope = site.Scope();
        var latest = await site.Db(scope).IndexTasks.MaxAsync(t => (long?)t.Id) ?? 0;
        var host = scope.ServiceProvider.GetRequiredService<SearchIndexHost>();
        return !host.NeedsRebuild && host.Index.Checkpoint >= latest;
    }, "l'index de recherche a rattrapé les tâches d'indexation");
}
