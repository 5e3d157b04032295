namespace KnowledgeBase.Core.Accounts;

/// <summary>
/// A signed-in session, known to the server: the session cookie carries its key, and a cookie
/// whose row is gone is refused. Signing out deletes it, so a copied cookie is worth nothing
/// afterwards; changing one's password or roles deletes the member's other sessions at once.
/// </summary>
public class MemberSession
{
    public const int KeyLength = 43;

    /// <summary>Random, 256 bits, base64url.</summary>
    public required string Key { get; set; }
    public required string MemberId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime RenewedAt { get; set; }
    /// <summary>When the cookie expires (moved on by sliding renewals); the row is removed after that.</summary>
    public DateTime ExpiresAt { get; set; }
}
