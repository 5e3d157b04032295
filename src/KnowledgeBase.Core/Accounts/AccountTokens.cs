using System.Buffers.Text;
using System.Text;

namespace KnowledgeBase.Core.Accounts;

/// <summary>Identity tokens as the emailed links carry them (base64url, as ASP.NET Core's WebEncoders write it).</summary>
public static class AccountTokens
{
    /// <summary>Purpose of the token in the unlock link.</summary>
    public const string UnlockPurpose = "unlock-account";

    public static string Encode(string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    /// <summary>The Identity token carried by a link, or null when the link was mangled.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
