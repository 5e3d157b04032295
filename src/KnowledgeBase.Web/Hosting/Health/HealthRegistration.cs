using System.Security.Cryptography;
using System.Text;
using HealthChecks.UI.Client;
using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting.Health;

public static class HealthRegistration
{
    /// <summary>Tag of the checks that decide readiness (all of them: the database and migrations fail it, the others degrade it).</summary>
    public const string Ready = "ready";

    /// <summary>
    /// Checks: database, migrations, search index (documents, checkpoint, lag behind the
    /// outbox), background workers' last success, mail (waiting, failed), free disk of the
    /// data and index folders. Sampled in the background for the status page's history.
    /// Settings: "Health" (<see cref="HealthOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseHealth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection("Health");
        services.Configure<HealthOptions>(section);
        var options = section.Get<HealthOptions>() ?? new HealthOptions();
        services.AddHealthChecks()
            // A round trip, not just opening a connection: a pooled connection opens without
            // asking the server anything, even when the server is gone.
            .AddDbContextCheck<KnowledgeBaseDbContext>("database", tags: [Ready],
                customTestQuery: async (db, cancellationToken) =>
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
                    return true;
                })
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<SearchIndexHealthCheck>("search-index", tags: [Ready])
            .AddCheck<WorkersHealthCheck>("workers", tags: [Ready])
            .AddCheck<MailHealthCheck>("mail", tags: [Ready])
            .AddCheck<DiskSpaceHealthCheck>("disk", tags: [Ready]);
        // A database that does not answer must fail its check in seconds, not after the driver's own timeout.
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations) registration.Timeout = options.CheckTimeout;
        });
        services.AddScoped<Features.Admin.NodeStatus>();
        services.AddSingleton<HealthHistory>();
        services.AddSingleton<IHealthCheckPublisher>(sp => sp.GetRequiredService<HealthHistory>());
        services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromSeconds(2);
            o.Period = options.SamplePeriod >= TimeSpan.FromSeconds(1) ? options.SamplePeriod : TimeSpan.FromSeconds(1);
            o.Timeout = options.CheckTimeout * 2;
        });
        var errors = new RecentErrors();
        services.AddSingleton(errors);
        builder.Logging.AddProvider(errors);
        return builder;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: it can serve; public, so it says only
    /// Healthy, Degraded or Unhealthy (503). /health/details: every check with its data, in the
    /// JSON of AspNetCore.HealthChecks.UI.Client, for a HealthChecks UI or a monitoring tool
    /// sending the bearer token Health:Token (or a signed-in administrator).
    /// </summary>
    public static void MapKnowledgeBaseHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        app.MapHealthChecks("/health/details", new HealthCheckOptions { ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse })
            .Add(endpoint =>
            {
                var inner = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context =>
                {
                    if (MayReadDetails(context)) return inner(context);
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    return Task.CompletedTask;
                };
            });
    }

    private static bool MayReadDetails(HttpContext context)
    {
        if (context.User.IsInRole(Roles.Admin)) return true;
        var token = context.RequestServices.GetRequiredService<IOptions<HealthOptions>>().Value.Token;
        var header = context.Request.Headers.Authorization.ToString();
        if (token.Length == 0 || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}
