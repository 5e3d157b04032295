using KnowledgeBase.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>
/// Each background worker's last success on this node. Degraded when one is failing, or has
/// not succeeded for three of its intervals.
/// </summary>
public sealed class WorkersHealthCheck(WorkerHeartbeats heartbeats, NodeIdentity node, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var data = new Dictionary<string, object>();
        var problems = new List<string>();
        foreach (var worker in heartbeats.All())
        {
            var late = (worker.LastSuccess ?? node.StartedAt) < now - 3 * worker.Interval - TimeSpan.FromSeconds(10);
            data[worker.Name] = new Dictionary<string, object?>
            {
                ["lastSuccess"] = worker.LastSuccess, ["lastFailure"] = worker.LastFailure, ["lastError"] = worker.LastError,
                ["note"] = worker.Note, ["successes"] = worker.Successes, ["failures"] = worker.Failures,
            };
            if (worker.IsFailing) problems.Add($"{worker.Label} en échec : {worker.LastError}");
            else if (late) problems.Add($"{worker.Label} sans succès depuis {(worker.LastSuccess is { } s ? $"{s:u}" : "le démarrage")}");
        }
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy(Plural.Of("aucune tâche de fond.|1 tâche de fond à jour.|{0} tâches de fond à jour.", data.Count), data)
            : HealthCheckResult.Degraded(string.Join(" ; ", problems), data: data));
    }
}
