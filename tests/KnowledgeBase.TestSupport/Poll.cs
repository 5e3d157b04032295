namespace KnowledgeBase.TestSupport;

/// <summary>
/// Waiting for what the site does in the background (indexing, mail, start-up). The bound is
/// generous and only there so that a broken build fails instead of hanging; speed is measured
/// in the benchmarks, never here.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Asks again until <paramref name="attempt"/> gives a value; that value.</summary>
    public static async Task<T> Until<T>(Func<Task<T?>> attempt, string what, TimeSpan? bound = null) where T : class
    {
        var deadline = DateTime.UtcNow + (bound ?? Bound);
        while (true)
        {
            if (await attempt() is { } found) return found;
            if (DateTime.UtcNow >= deadline) throw new TimeoutException($"Toujours rien après {(bound ?? Bound).TotalSeconds} s : {what}");
            await Task.Delay(Interval);
        }
    }

    /// <summary>Asks again until <paramref name="condition"/> holds.</summary>
    public static Task Until(Func<Task<bool>> condition, string what, TimeSpan? bound = null) =>
        Until(async () => await condition() ? what : null, what, bound);
}
