using KnowledgeBase.Core.Insights;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Writes what this node counted of visitors' searches (<see cref="QueryLog"/>) into the daily
/// aggregates every <see cref="QueryLogOptions.FlushInterval"/>, and once more when the node
/// stops. Every node runs it for its own counts: increments add up in the database.
/// </summary>
public sealed class QueryLogWorker(IServiceScopeFactory scopes, IOptions<QueryLogOptions> options, WorkerHeartbeats heartbeats,
    ILogger<QueryLogWorker> logger) : BackgroundService
{
    public const string Name = "search-log";

    private TimeSpan Interval => options.Value.FlushInterval > TimeSpan.Zero ? options.Value.FlushInterval : TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        heartbeats.Register(Name, "Recherches des visiteurs (agrégats du jour)", Interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Flush();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Flush();
    }

    private void Flush()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var written = scope.ServiceProvider.GetRequiredService<QueryLogStore>().Flush();
            heartbeats.Succeeded(Name, $"{written} requête(s) du jour écrite(s) au dernier passage");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The counts went back to memory: they are written at the next pass.
            heartbeats.Failed(Name, e);
            logger.LogWarning(e, "Agrégats des recherches non écrits ; nouvel essai au prochain passage.");
        }
    }
}

/// <summary>Purges the daily aggregates older than <see cref="QueryLogOptions.RetentionMonths"/>, on one node at a time.</summary>
public sealed class QueryLogPurgeWorker(IServiceScopeFactory scopes, IOptions<QueryLogOptions> options, NodeIdentity node,
    WorkerHeartbeats heartbeats, ILogger<QueryLogPurgeWorker> logger) : LeasedWorker(scopes, node, heartbeats, logger)
{
    public const string LeaseName = "search-log-purge";

    public override string Name => LeaseName;
    protected override string Label => "Purge des recherches anciennes";

    protected override TimeSpan Interval => options.Value.PurgeInterval > TimeSpan.Zero ? options.Value.PurgeInterval : TimeSpan.FromHours(6);

    protected override string Work(IServiceProvider services)
    {
        var purged = services.GetRequiredService<QueryLogStore>().Purge();
        return $"{purged} ligne(s) de plus de {options.Value.RetentionMonths} mois supprimée(s) au dernier passage";
    }
}
