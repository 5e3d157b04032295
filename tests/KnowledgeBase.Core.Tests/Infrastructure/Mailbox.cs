namespace KnowledgeBase.Core.Tests.Infrastructure;

/// <summary>
/// The mail Core's services send: the messages of the outbox, where Core leaves them for the
/// site's mail worker (whose delivery is tested in Web.Tests), read as <see cref="TestSupport.Mail"/>.
/// </summary>
public static class Mailbox
{
    /// <summary>Every message to <paramref name="address"/> so far, oldest first.</summary>
    public static IReadOnlyList<TestSupport.Mail> To(CoreHost host, string address)
    {
        using var scope = host.Scope();
        return host.Db(scope).OutgoingMails.AsNoTracking().OrderBy(m => m.Id).AsEnumerable()
            .Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))
            .Select(m => new TestSupport.Mail($"outbox/{m.Id}", m.To, m.Subject, m.Body)).ToList();
    }

    /// <summary>Waits until <paramref name="address"/> has <paramref name="count"/> messages; returns the last.</summary>
    public static Task<TestSupport.Mail> WaitFor(CoreHost host, string address, int count = 1) =>
        Poll.Until(() => Task.FromResult(To(host, address) is { } received && received.Count >= count ? received[count - 1] : null),
            $"courriel n° {count} pour {address} dans la file d'envoi");
}
