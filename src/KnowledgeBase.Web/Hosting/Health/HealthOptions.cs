namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>The "Health" configuration section.</summary>
public sealed class HealthOptions
{
    /// <summary>
    /// Bearer token that monitoring tools send to read /health/details (the HealthChecks UI
    /// JSON with every check). Empty: only signed-in administrators can read it.
    /// </summary>
    public string Token { get; set; } = "";

    /// <summary>Free space under which the data or index folder's disk makes the node degraded.</summary>
    public long MinimumFreeMegabytes { get; set; } = 1024;

    /// <summary>Free space under which it makes the node unhealthy (taken out of the load balancer).</summary>
    public long CriticalFreeMegabytes { get; set; } = 100;

    /// <summary>How often the checks run in the background for the status page's history (at least a second).</summary>
    public TimeSpan SamplePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a check may take before it counts as failed (a database that does not answer).</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
