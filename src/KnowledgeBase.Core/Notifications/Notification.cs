namespace KnowledgeBase.Core.Notifications;

/// <summary>An in-app message for one member (and, when mail is configured, an email).</summary>
public class Notification
{
    public long Id { get; set; }
    public required string MemberId { get; set; }
    public long? InitiativeId { get; set; }
    /// <summary>French sentence shown in the list.</summary>
    public required string Text { get; set; }
    /// <summary>Where the notification leads (a local path).</summary>
    public required string Url { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
