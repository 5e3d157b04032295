using KnowledgeBase.Core;
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
            heartbeats.Succeeded(Name, Plural.Of("aucune requête à écrire au dernier passage|1 requête du jour écrite au dernier passage|{0} requêtes du jour écrites au dernier passage", written));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The counts went back to memory: they are written at the next pass.
            heartbeats.Failed(Name, e);
            logger.LogWarning(e, "Agrégats des recherches non écrits ; nouvel essai au prochain passage.");
        }
    }
}
