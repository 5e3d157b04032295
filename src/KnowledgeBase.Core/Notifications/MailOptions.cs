namespace KnowledgeBase.Core.Notifications;

/// <summary>The "Email" configuration section.</summary>
public sealed class MailOptions
{
    public string From { get; set; } = "KnowledgeBase <ne-pas-repondre@knowledgebase.local>";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>When set, messages are written there as .eml files instead of being sent (development, tests).</summary>
    public string? PickupDirectory { get; set; }
}
