using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting;

public static class HealthRegistration
{
    public static IServiceCollection AddKnowledgeBaseHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<KnowledgeBaseDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"])
            .AddCheck<SearchIndexHealthCheck>("search-index", tags: ["ready"]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: it can serve (database, migrations).</summary>
    public static void MapKnowledgeBaseHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteJson,
        });
    }
}

/// <summary>Degraded while the index is being rebuilt or behind the outbox; says how far it is.</summary>
public sealed class SearchIndexHealthCheck(KnowledgeBase.Core.Indexing.SearchIndexHost host, KnowledgeBaseDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = host.Index.Status;
        var latest = await db.IndexTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var data = new Dictionary<string, object>
        {
            ["documents"] = status.DocumentCount, ["checkpoint"] = status.Checkpoint, ["latestTask"] = latest, ["bytes"] = status.SizeBytes,
        };
        var description = $"{status.DocumentCount} fiches indexées, point de reprise {status.Checkpoint} / {latest}.";
        return host.NeedsRebuild
            ? HealthCheckResult.Degraded($"Index à reconstruire : {status.Problem ?? status.Health.ToString()}", data: data)
            : status.Checkpoint < latest ? HealthCheckResult.Degraded("Index en retard : " + description, data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}

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
