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
        // Off the host's start: a rebuild or a long backlog must not keep the site from listening.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                RunOnce();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The checkpoint did not move: the same tasks are tried again next time.
                logger.LogError(e, "Mise à jour de l'index de recherche interrompue ; nouvel essai au prochain passage.");
            }
            await Task.Delay(options.Value.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
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
