using KnowledgeBase.Core.Leases;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// A background job that must run once across nodes (reviewers' reminders; the mail outbox):
/// every node runs this worker, but each pass does the work only on the node that holds the
/// job's <see cref="WorkLease"/>, taken or renewed for two intervals at the start of the
/// pass. If that node stops, its lease runs out and another node takes over; at a clean stop
/// it is released at once.
/// </summary>
public abstract class LeasedWorker(IServiceScopeFactory scopes, NodeIdentity node, WorkerHeartbeats heartbeats, ILogger logger)
    : BackgroundService
{
    /// <summary>The lease's and the worker's name, e.g. "review-reminders".</summary>
    public abstract string Name { get; }

    /// <summary>French label on the status page.</summary>
    protected abstract string Label { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>Does one pass of the work; returns a note for the status page.</summary>
    protected abstract string Work(IServiceProvider services);

    protected virtual TimeSpan StartDelay => TimeSpan.FromSeconds(5);

    private TimeSpan LeaseDuration => Interval * 2 + TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        heartbeats.Register(Name, Label, Interval);
        // Let the database be migrated and the site start first.
        await Task.Delay(StartDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Interval;
            try
            {
                using var scope = scopes.CreateScope();
                var leases = scope.ServiceProvider.GetRequiredService<WorkLeases>();
                if (leases.TryAcquire(Name, node.Instance, LeaseDuration))
                    heartbeats.Succeeded(Name, "actif sur ce nœud : " + Work(scope.ServiceProvider));
                else
                    heartbeats.Succeeded(Name, $"en attente : {leases.Current(Name)?.Holder ?? "un autre nœud"} s'en charge");
                failures = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Nothing of a failed pass was recorded as done: it is tried again, sooner than the
                // next pass but later after each failure in a row.
                failures++;
                wait = Backoff.After(failures, TimeSpan.FromSeconds(5), Interval);
                heartbeats.Failed(Name, e);
                logger.LogError(e, "{Worker} : passage interrompu ; nouvel essai dans {Delay}.", Label, wait);
            }
            await Task.Delay(wait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<WorkLeases>().Release(Name, node.Instance);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreachable database at shutdown: the lease simply runs out.
            logger.LogDebug(e, "Bail {Lease} non rendu à l'arrêt.", Name);
        }
    }
}
