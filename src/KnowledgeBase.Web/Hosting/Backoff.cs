namespace KnowledgeBase.Web.Hosting;

/// <summary>How long a background loop waits after failures in a row: doubling, bounded.</summary>
public static class Backoff
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <paramref name="first"/> after one failure, then twice as long each time, never more than
    /// <paramref name="max"/> (five minutes by default).
    /// </summary>
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan? max = null)
    {
        var bound = max ?? Ceiling;
        if (first <= TimeSpan.Zero) first = TimeSpan.FromMilliseconds(100);
        var ticks = first.Ticks * Math.Pow(2, Math.Clamp(failures - 1, 0, 20));
        return TimeSpan.FromTicks((long)Math.Min(Math.Max(bound.Ticks, first.Ticks), ticks));
    }
}
