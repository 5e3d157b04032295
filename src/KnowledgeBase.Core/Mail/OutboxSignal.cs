namespace KnowledgeBase.Core.Mail;

/// <summary>
/// Wakes this node's mail worker as soon as a message is committed, so that mail leaves at
/// once instead of at the next poll. Other nodes find it by polling.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Ping()
    {
        try
        {
            if (signal.CurrentCount == 0) signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pinged: one wake-up is enough.
        }
    }

    /// <summary>Waits for a ping or for <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await signal.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the caller's loop ends.
        }
    }
}
