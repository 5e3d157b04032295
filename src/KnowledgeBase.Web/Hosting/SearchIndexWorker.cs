using KnowledgeBase.Core.Indexing;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Rebuilds the index when it is missing, outdated or damaged (at start, or when its folder is
/// deleted while the site runs), then applies pending index tasks every poll interval.
/// </summary>
public sealed class SearchIndexWorker(IServiceScopeFactory scopes, SearchIndexHost host, IOptions<IndexingOptions> options,
    ILogger<SearchIndexWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                RunOnce();
                failures = 0;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The checkpoint did not move: the same tasks are tried again, a little later
                // after each failure in a row (a database that is down is not hammered).
                failures++;
                wait = Backoff.After(failures, wait);
                logger.LogError(e, "Mise à jour de l'index de recherche interrompue ; nouvel essai dans {Delay}.", wait);
            }
            await Task.Delay(wait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void RunOnce()
    {
        using var scope = scopes.CreateScope();
        var sync = scope.ServiceProvider.GetRequiredService<SearchIndexSync>();
        if (host.NeedsRebuild)
        {
            var count = sync.Rebuild();
            logger.LogInformation("Index de recherche reconstruit : {Count} fiches ({Folder}).", count, host.Folder);
        }
        while (sync.ApplyPending() > 0)
        {
        }
    }
}
