namespace KnowledgeBase.Core.Mail;

/// <summary>The "Email:Outbox" settings: how the mail worker polls, retries and backs off.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the outbox is looked at when nothing wakes the worker (other nodes' messages, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages claimed at once.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed message belongs to the node that claimed it; longer than one delivery can take.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Delay after the first failure; doubled after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Attempts before a message is marked failed (about a day with the default delays).</summary>
    public int MaxAttempts { get; set; } = 15;

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1, after <paramref name="attempts"/> failures.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var first = FirstRetryDelay > TimeSpan.Zero ? FirstRetryDelay : TimeSpan.FromSeconds(1);
        var max = MaxRetryDelay >= first ? MaxRetryDelay : first;
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(max.Ticks, first.Ticks * factor));
    }
}
