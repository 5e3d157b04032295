using KnowledgeBase.Core;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>
/// This node's index: documents, checkpoint, and how far it is behind the outbox of index
/// tasks (tasks not applied yet, and the age of the oldest). Degraded while being rebuilt or
/// behind; the site still serves.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndexHost host, KnowledgeBaseDbContext db, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = host.Index.Status;
        var latest = await db.IndexTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var behind = db.IndexTasks.Where(t => t.Id > status.Checkpoint);
        var pending = await behind.CountAsync(cancellationToken);
        var oldest = pending == 0 ? null : await behind.MinAsync(t => (DateTime?)t.CreatedAt, cancellationToken);
        var lagSeconds = oldest is { } created ? Math.Max(0, (clock.GetUtcNow().UtcDateTime - created).TotalSeconds) : 0;
        var data = new Dictionary<string, object>
        {
            ["documents"] = status.DocumentCount, ["checkpoint"] = status.Checkpoint, ["latestTask"] = latest,
            ["pendingTasks"] = pending, ["lagSeconds"] = Math.Round(lagSeconds, 1), ["bytes"] = status.SizeBytes,
        };
        var description = Plural.Of("aucun document indexé|1 document indexé|{0} documents indexés", status.DocumentCount) + $", point de reprise {status.Checkpoint} / {latest}.";
        return host.NeedsRebuild
            ? HealthCheckResult.Degraded($"Index à reconstruire : {status.Problem ?? status.Health.ToString()}", data: data)
            : pending > 0 ? HealthCheckResult.Degraded(Plural.Of("|Index en retard d'une tâche ({1:F0} s) : |Index en retard de {0} tâches ({1:F0} s) : ", pending, pending, lagSeconds) + description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
