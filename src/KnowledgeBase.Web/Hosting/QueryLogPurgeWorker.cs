using KnowledgeBase.Core;
using KnowledgeBase.Core.Insights;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

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
        return Plural.Of("aucune ligne de plus de {1} mois au dernier passage|1 ligne de plus de {1} mois supprimée au dernier passage|{0} lignes de plus de {1} mois supprimées au dernier passage",
            purged, purged, options.Value.RetentionMonths);
    }
}
