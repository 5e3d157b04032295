using System.Text;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Absolute links put in emails, and the encoding of the tokens they carry.</summary>
public sealed class AccountLinks(IOptions<EmailOptions> options, IHttpContextAccessor accessor)
{
    public string Confirmation(string memberId, string token) =>
        Absolute($"/compte/confirmation?id={Uri.EscapeDataString(memberId)}&code={Encode(token)}");

    public string PasswordReset(string memberId, string token) =>
        Absolute($"/compte/reinitialisation?id={Uri.EscapeDataString(memberId)}&code={Encode(token)}");

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

    // The configured public address wins: the Host header of a request is chosen by whoever
    // sends it, and must not decide where a password-reset link points.
    private string Absolute(string pathAndQuery)
    {
        var site = options.Value.SiteUrl.TrimEnd('/');
        if (site.Length == 0 && accessor.HttpContext?.Request is { } request)
            site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return site + pathAndQuery;
    }
}
