using KnowledgeBase.Core.Notifications;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Absolute links put in emails, carrying their tokens as <see cref="AccountTokens"/> encodes them.</summary>
public sealed class AccountLinks(ISiteLinks links)
{
    public string Confirmation(string memberId, string token) =>
        Absolute($"/compte/confirmation?id={Uri.EscapeDataString(memberId)}&code={AccountTokens.Encode(token)}");

    public string PasswordReset(string memberId, string token) =>
        Absolute($"/compte/reinitialisation?id={Uri.EscapeDataString(memberId)}&code={AccountTokens.Encode(token)}");

    public string Unlock(string memberId, string token) =>
        Absolute($"/compte/deblocage?id={Uri.EscapeDataString(memberId)}&code={AccountTokens.Encode(token)}");

    public string SignIn() => Absolute("/compte/connexion");

    public string ForgottenPassword() => Absolute("/compte/mot-de-passe-oublie");

    private string Absolute(string pathAndQuery) => links.Absolute(pathAndQuery);
}
