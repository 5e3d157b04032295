using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting.Health;

/// <param name="Before">Null for the first sample after start.</param>
public sealed record HealthChange(DateTime At, string Check, HealthStatus? Before, HealthStatus After, string? Description);
