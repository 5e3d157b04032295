using System.Text;
using KnowledgeBase.Core.Notifications;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Absolute links put in emails, and the encoding of the tokens they carry.</summary>
public sealed class AccountLinks(ISiteLinks links)
{
    public string Confirmation(string memberId, string token) =>
        Absolute($"/compte/confirmation?id={Uri.EscapeDataString(memberId)}&code={Encode(token)}");

    public string PasswordReset(string memberId, string token) =>
        Absolute($"/compte/reinitialisation?id={Uri.EscapeDataString(memberId)}&code={Encode(token)}");

    public string Unlock(string memberId, string token) =>
        Absolute($"/compte/deblocage?id={Uri.EscapeDataString(memberId)}&code={Encode(token)}");

    public string SignIn() => Absolute("/compte/connexion");

    public string ForgottenPassword() => Absolute("/compte/mot-de-passe-oublie");

    /// <summary>The Identity token carried by a link, or null when the link was mangled.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Absolute(string pathAndQuery) => links.Absolute(pathAndQuery);
}
