using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>Unhealthy while the database lacks migrations the code expects.</summary>
public sealed class MigrationsHealthCheck(KnowledgeBaseDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Toutes les migrations sont appliquées.")
            : HealthCheckResult.Unhealthy($"Migrations en attente : {string.Join(", ", pending)}");
    }
}

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
        var description = $"{status.DocumentCount} fiches indexées, point de reprise {status.Checkpoint} / {latest}.";
        return host.NeedsRebuild
            ? HealthCheckResult.Degraded($"Index à reconstruire : {status.Problem ?? status.Health.ToString()}", data: data)
            : pending > 0 ? HealthCheckResult.Degraded($"Index en retard de {pending} tâche(s) ({lagSeconds:F0} s) : " + description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}

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
            ? HealthCheckResult.Healthy($"{data.Count} tâche(s) de fond à jour.", data)
            : HealthCheckResult.Degraded(string.Join(" ; ", problems), data: data));
    }
}

/// <summary>The mail outbox: messages waiting to be sent and messages given up. Degraded while some are given up.</summary>
public sealed class MailHealthCheck(KnowledgeBaseDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await db.OutgoingMails.GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var waiting = counts.Where(c => c.State == MailState.Pending).Sum(c => c.Count);
        var failed = counts.Where(c => c.State == MailState.Failed).Sum(c => c.Count);
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["failed"] = failed };
        var description = $"{waiting} courriel(s) en attente, {failed} abandonné(s) après tous les essais (voir /admin/courriels).";
        return failed > 0 ? HealthCheckResult.Degraded(description, data: data) : HealthCheckResult.Healthy(description, data);
    }
}

/// <summary>Free space of the disks holding the data and the index folders.</summary>
public sealed class DiskSpaceHealthCheck(AppPaths paths, SearchIndexHost host, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var data = new Dictionary<string, object>();
        var status = HealthStatus.Healthy;
        var lines = new List<string>();
        foreach (var (name, folder) in new[] { ("data", paths.DataFolder), ("searchIndex", host.Folder) })
        {
            if (FreeBytes(folder) is not { } bytes) continue;
            var free = bytes / 1048576;
            data[name + "FreeMegabytes"] = free;
            lines.Add($"{name} : {free:N0} Mo libres");
            if (free < o.CriticalFreeMegabytes) status = HealthStatus.Unhealthy;
            else if (free < o.MinimumFreeMegabytes && status == HealthStatus.Healthy) status = HealthStatus.Degraded;
        }
        return Task.FromResult(new HealthCheckResult(status, string.Join(", ", lines) + ".", data: data));
    }

    // The disk of a folder is the mount point with the longest path that contains it.
    private static long? FreeBytes(string folder)
    {
        var full = Path.GetFullPath(folder);
        var drive = DriveInfo.GetDrives()
            .Where(d => d.IsReady && full.StartsWith(d.RootDirectory.FullName, StringComparison.Ordinal))
            .MaxBy(d => d.RootDirectory.FullName.Length);
        return drive?.AvailableFreeSpace;
    }
}
