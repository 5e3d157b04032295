namespace KnowledgeBase.Core.Notifications;

/// <summary>Sends a plain-text email (SMTP, or a pickup folder in development and tests).</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
