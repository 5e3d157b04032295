using KnowledgeBase.Core.Indexing;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Rebuilds the index when it is missing, outdated or damaged (at start, or when its folder is
/// deleted while the site runs), then applies pending index tasks every poll interval. Every
/// node runs it for its own index.
/// </summary>
public sealed class SearchIndexWorker(IServiceScopeFactory scopes, SearchIndexHost host, IOptions<IndexingOptions> options,
    WorkerHeartbeats heartbeats, ILogger<SearchIndexWorker> logger) : BackgroundService
{
    public const string Name = "search-index";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        heartbeats.Register(Name, "Index de recherche de ce nœud", options.Value.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                heartbeats.Succeeded(Name, RunOnce());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The checkpoint did not move: the same tasks are tried again next time.
                heartbeats.Failed(Name, e);
                logger.LogError(e, "Mise à jour de l'index de recherche interrompue ; nouvel essai au prochain passage.");
            }
            await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private string RunOnce()
    {
        using var scope = scopes.CreateScope();
        var sync = scope.ServiceProvider.GetRequiredService<SearchIndexSync>();
        if (host.NeedsRebuild)
        {
            var count = sync.Rebuild();
            logger.LogInformation("Index de recherche reconstruit : {Count} fiches ({Folder}).", count, host.Folder);
        }
        var applied = 0;
        for (int batch; (batch = sync.ApplyPending()) > 0;) applied += batch;
        return $"point de reprise {host.Index.Checkpoint}" + (applied > 0 ? $", {applied} tâche(s) appliquée(s)" : "");
    }
}
