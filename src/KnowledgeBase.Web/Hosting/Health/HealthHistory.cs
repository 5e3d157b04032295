using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>
/// The node's health since it started, for the status page: every change of a check's status
/// (with its description then), and how many samples fell in each status. Fed every
/// <see cref="HealthOptions.SamplePeriod"/> by the health check publisher service.
/// </summary>
public sealed class HealthHistory : IHealthCheckPublisher
{
    public const int MaxChanges = 500;

    private readonly Lock gate = new();
    private readonly Dictionary<string, HealthStatus> last = [];
    private readonly LinkedList<HealthChange> changes = new();
    private readonly Dictionary<HealthStatus, int> samples = [];

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        Record(report, DateTime.UtcNow);
        return Task.CompletedTask;
    }

    public void Record(HealthReport report, DateTime at)
    {
        lock (gate)
        {
            samples[report.Status] = samples.GetValueOrDefault(report.Status) + 1;
            foreach (var (name, entry) in report.Entries)
            {
                var before = last.TryGetValue(name, out var previous) ? previous : (HealthStatus?)null;
                if (before == entry.Status) continue;
                last[name] = entry.Status;
                changes.AddFirst(new HealthChange(at, name, before, entry.Status, entry.Description ?? entry.Exception?.Message));
                if (changes.Count > MaxChanges) changes.RemoveLast();
            }
        }
    }

    /// <summary>Changes of status, newest first (at most <see cref="MaxChanges"/>).</summary>
    public IReadOnlyList<HealthChange> Changes()
    {
        lock (gate) return changes.ToList();
    }

    /// <summary>How many background samples had each overall status.</summary>
    public IReadOnlyDictionary<HealthStatus, int> Samples()
    {
        lock (gate) return new Dictionary<HealthStatus, int>(samples);
    }
}
