using KnowledgeBase.Web.Hosting;
using KnowledgeBase.Web.Hosting.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Features.Admin;

/// <summary>This node's health now (every check run again) and since it started: changes, samples, workers, errors.</summary>
public sealed class NodeStatus(HealthCheckService health, HealthHistory history, RecentErrors errors, NodeIdentity node,
    WorkerHeartbeats workers, DatabaseSettings database, TimeProvider clock)
{
    public async Task<StatusViewModel> ReadAsync(CancellationToken cancellationToken) =>
        new(node, database.Provider, clock.GetUtcNow().UtcDateTime, await health.CheckHealthAsync(cancellationToken),
            history.Changes(), history.Samples(), workers.All(), errors.Latest());
}
