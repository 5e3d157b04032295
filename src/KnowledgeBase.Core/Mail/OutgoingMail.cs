namespace KnowledgeBase.Core.Mail;

/// <summary>A plain-text email to one recipient, as the code that causes it writes it.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Where a message of the outbox stands.</summary>
public enum MailState
{
    /// <summary>Waiting for its first delivery or for its next attempt.</summary>
    Pending,
    /// <summary>Accepted by the SMTP server (or written to the pickup folder).</summary>
    Sent,
    /// <summary>Given up after <see cref="OutboxOptions.MaxAttempts"/> attempts, or refused for good; an admin may try it again.</summary>
    Failed,
}

/// <summary>
/// One message of the mail outbox. It is written in the same transaction as what caused it
/// (a transition, a review, a sign-up) and delivered afterwards by the mail worker, so that a
/// mail server that is down, a crash or a restart loses nothing.
/// </summary>
public class OutgoingMail
{
    public const int AddressMaxLength = 320;
    public const int SubjectMaxLength = 998;
    public const int ErrorMaxLength = 2000;

    public long Id { get; set; }
    public required string To { get; set; }
    /// <summary>One line, without control characters (see <see cref="MailText.Subject"/>).</summary>
    public required string Subject { get; set; }
    public required string Body { get; set; }

    public MailState State { get; set; } = MailState.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Not tried before this moment (backoff after a failure).</summary>
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>Why the last attempt failed, for the admins' outbox page.</summary>
    public string? LastError { get; set; }

    /// <summary>Lease of the node delivering it (see <see cref="OutboxClaims"/>): nobody else takes it before then.</summary>
    public DateTime? LockedUntil { get; set; }
    /// <summary>Which claim holds the lease; renewed by each claim.</summary>
    public Guid? ClaimToken { get; set; }
}
