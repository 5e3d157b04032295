using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>Waiting for the site's background work, with the shared <see cref="Poll"/>.</summary>
public static class Eventually
{
    public static Task True(Func<Task<bool>> condition, string what) => Poll.Until(condition, what);

    /// <summary>Waits until the index has applied every index task written so far.</summary>
    public static Task IndexCaughtUp(SiteFactory site) => True(async () =>
    {
        await using var scope = site.Scope();
        var latest = await site.Db(scope).IndexTasks.MaxAsync(t => (long?)t.Id) ?? 0;
        var host = scope.ServiceProvider.GetRequiredService<SearchIndexHost>();
        return !host.NeedsRebuild && host.Index.Checkpoint >= latest;
    }, "l'index de recherche a rattrapé les tâches d'indexation");
}
