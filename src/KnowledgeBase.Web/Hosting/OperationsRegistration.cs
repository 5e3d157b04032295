using KnowledgeBase.Web.Hosting.Health;

namespace KnowledgeBase.Web.Hosting;

public static class OperationsRegistration
{
    /// <summary>
    /// Running as one of several web nodes: the node's identity, work leases for jobs that run
    /// once across nodes, background workers' heartbeats, health checks and their history,
    /// and the French 503 page while the database is unreachable. docs/deployment.md.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseOperations(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<WorkerHeartbeats>();
        services.AddExceptionHandler<DatabaseOutage>();
        builder.AddKnowledgeBaseHealth();
        return builder;
    }
}
