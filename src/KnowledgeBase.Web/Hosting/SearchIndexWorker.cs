using KnowledgeBase.Core;
using KnowledgeBase.Core.Indexing;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Rebuilds the index when it is missing, outdated or damaged (at start, or when its folder is
/// deleted while the site runs), then applies pending index tasks every poll interval, and
/// evicts this node's cached public pages when it applied some. Every node runs it for its
/// own index.
/// </summary>
public sealed class SearchIndexWorker(IServiceScopeFactory scopes, SearchIndexHost host, IOptions<IndexingOptions> options,
    WorkerHeartbeats heartbeats, PublishedPagesEviction eviction, ILogger<SearchIndexWorker> logger) : BackgroundService
{
    public const string Name = "search-index";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        heartbeats.Register(Name, "Index de recherche de ce nœud", options.Value.PollInterval);
        // Off the host's start: a rebuild or a long backlog must not keep the site from listening.
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                heartbeats.Succeeded(Name, RunOnce());
                failures = 0;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The checkpoint did not move: the same tasks are tried again, a little later
                // after each failure in a row (a database that is down is not hammered).
                failures++;
                wait = Backoff.After(failures, wait);
                heartbeats.Failed(Name, e);
                logger.LogError(e, "Mise à jour de l'index de recherche interrompue ; nouvel essai dans {Delay}.", wait);
            }
            await Task.Delay(wait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private string RunOnce()
    {
        using var scope = scopes.CreateScope();
        var done = scope.ServiceProvider.GetRequiredService<SearchIndexSync>().CatchUp();
        if (done.Rebuilt is { } count)
            logger.LogInformation("Index de recherche reconstruit : {Count} documents, fiches et dossiers ({Folder}).", count, host.Folder);
        // Tasks written by any node reach every node here: its cached public pages go too.
        if (done.Changed) eviction.Evict();
        return $"point de reprise {host.Index.Checkpoint}"
            + (done.Rebuilt is { } rebuilt ? ", " + Plural.Of("index reconstruit vide|index reconstruit : 1 document|index reconstruit : {0} documents", rebuilt) : "")
            + (done.TasksApplied > 0 ? ", " + Plural.Of("|1 tâche d'indexation appliquée|{0} tâches d'indexation appliquées", done.TasksApplied) : "");
    }
}
