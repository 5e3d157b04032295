using KnowledgeBase.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
