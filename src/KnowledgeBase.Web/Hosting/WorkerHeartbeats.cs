using System.Collections.Concurrent;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// What each background worker of this node last did: when it last succeeded, when it last
/// failed and why, and a note ("waiting: another node holds the lease"). Read by the health
/// check and the status page.
/// </summary>
public sealed class WorkerHeartbeats(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, WorkerState> workers = new();

    public void Register(string name, string label, TimeSpan interval) =>
        workers.TryAdd(name, new WorkerState(name, label, interval));

    public void Succeeded(string name, string note)
    {
        if (!workers.TryGetValue(name, out var state)) return;
        lock (state)
        {
            state.LastSuccess = clock.GetUtcNow().UtcDateTime;
            state.Note = note;
            state.Successes++;
        }
    }

    public void Failed(string name, Exception error)
    {
        if (!workers.TryGetValue(name, out var state)) return;
        lock (state)
        {
            state.LastFailure = clock.GetUtcNow().UtcDateTime;
            state.LastError = $"{error.GetType().Name} : {error.Message}";
            state.Failures++;
        }
    }

    /// <summary>A copy of every worker's state, by name.</summary>
    public IReadOnlyList<WorkerState> All() =>
        workers.Values.OrderBy(w => w.Name).Select(w => { lock (w) return w.Copy(); }).ToList();
}
