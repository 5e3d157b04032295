namespace KnowledgeBase.Core.Accounts;

/// <summary>
/// A form posted when its author's session had ended (signed out in another tab, expired):
/// kept for a day so that, once signed in again, they get their text back and can send it
/// again instead of losing it. Bound to the browser that posted it; passwords are never kept.
/// </summary>
public class KeptForm
{
    public const int IdLength = 22;
    public const int MaxFieldsLength = 512 * 1024;

    public required string Id { get; set; }
    /// <summary>Hash of the browser's antiforgery cookie: only that browser gets the form back.</summary>
    public required string BrowserKey { get; set; }
    /// <summary>Hash of the client address, to cap how many forms one client may leave.</summary>
    public required string ClientKey { get; set; }
    /// <summary>The local path the form was posted to.</summary>
    public required string Action { get; set; }
    /// <summary>The posted fields, as a JSON array of [name, value] pairs, in order.</summary>
    public required string Fields { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
