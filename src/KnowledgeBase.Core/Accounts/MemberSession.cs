namespace KnowledgeBase.Core.Accounts;

/// <summary>
/// A signed-in session, kept on the server: the session cookie holds only its key. Signing
/// out deletes it, so a copied cookie is worth nothing afterwards; changing one's password or
/// roles deletes the member's other sessions at once.
/// </summary>
public class MemberSession
{
    public const int KeyLength = 43;

    /// <summary>Random, 256 bits, base64url.</summary>
    public required string Key { get; set; }
    public required string MemberId { get; set; }
    /// <summary>The authentication ticket (claims and properties) as ASP.NET Core serializes it.</summary>
    public required byte[] Ticket { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime RenewedAt { get; set; }
    /// <summary>When the ticket expires; the row is removed after that.</summary>
    public DateTime ExpiresAt { get; set; }
}
