namespace KnowledgeBase.Core.Accounts;

/// <summary>A plain-text email to one recipient.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>
/// Sends email. The site's implementation queues the message and returns at once, so that a
/// request's duration does not depend on the mail server (nor reveal whether a mail was sent).
/// </summary>
public interface IEmailSender
{
    /// <summary>Accepts <paramref name="message"/> for delivery.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
