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
            .AddCheck<MigrationsHealthCheck>("migrations", tags: ["ready"]);
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
