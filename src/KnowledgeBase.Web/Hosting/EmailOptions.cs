using KnowledgeBase.Core.Mail;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    /// <summary>SMTP server. Empty: mail is written to <see cref="PickupDirectory"/> instead.</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>TLS: implicit on port 465, STARTTLS otherwise; off only for a local relay.</summary>
    public bool EnableSsl { get; set; } = true;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string From { get; set; } = "KnowledgeBase <ne-pas-repondre@localhost>";

    /// <summary>
    /// Folder where each message is written as an .eml file instead of being sent (relative to
    /// the data folder). Used when set, and by default when no <see cref="Host"/> is configured:
    /// DataPath/mail-pickup.
    /// </summary>
    public string PickupDirectory { get; set; } = "";

    /// <summary>
    /// Public address of the site (https://exemple.fr), the only base of links sent by email.
    /// Required in Production (the site refuses to start without it); elsewhere the address the
    /// site listens on is used. Never the Host header of a request: whoever sends it chooses it.
    /// </summary>
    public string SiteUrl { get; set; } = "";

    /// <summary>How the outbox is delivered ("Email:Outbox").</summary>
    public OutboxOptions Outbox { get; set; } = new();
}
