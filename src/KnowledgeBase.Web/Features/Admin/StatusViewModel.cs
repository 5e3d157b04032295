using KnowledgeBase.Core.Data;
using KnowledgeBase.Web.Hosting;
using KnowledgeBase.Web.Hosting.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Features.Admin;

public sealed record StatusViewModel(
    NodeIdentity Node,
    DatabaseProvider Provider,
    DateTime Now,
    HealthReport Report,
    IReadOnlyList<HealthChange> Changes,
    IReadOnlyDictionary<HealthStatus, int> Samples,
    IReadOnlyList<WorkerState> Workers,
    IReadOnlyList<LoggedError> Errors)
{
    public TimeSpan Uptime => Now - Node.StartedAt;

    /// <summary>French name of a status, as shown on the page.</summary>
    public static string Label(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "En bonne santé",
        HealthStatus.Degraded => "Dégradé",
        _ => "Hors service",
    };

    /// <summary>Bootstrap colour of a status badge (with enough contrast for its text).</summary>
    public static string Badge(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "text-bg-success",
        HealthStatus.Degraded => "text-bg-warning",
        _ => "text-bg-danger",
    };

    /// <summary>French name of a check.</summary>
    public static string CheckLabel(string check) => check switch
    {
        "database" => "Base de données",
        "migrations" => "Migrations",
        "search-index" => "Index de recherche",
        "workers" => "Tâches de fond",
        "mail" => "Courriels",
        "disk" => "Espace disque",
        _ => check,
    };
}
