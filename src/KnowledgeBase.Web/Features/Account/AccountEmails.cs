using KnowledgeBase.Core.Accounts;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>The account emails, written in the language of the request (French by default).</summary>
public sealed class AccountEmails(IEmailSender sender, AccountLinks links, IStringLocalizer<SharedResource> T)
{
    public Task SendConfirmation(Member member, string token) => Send(member,
        T["Confirmez votre adresse électronique"],
        T["Bonjour {0},", member.DisplayName],
        T["Pour activer votre compte sur la banque d'expériences, confirmez votre adresse en ouvrant ce lien :"],
        links.Confirmation(member.Id, token),
        T["Si vous n'avez pas demandé à créer un compte, ignorez ce message."]);

    /// <summary>Sent instead of a second sign-up, so that the sign-up page says nothing about the address.</summary>
    public Task SendAlreadyRegistered(Member member) => Send(member,
        T["Vous avez déjà un compte"],
        T["Bonjour {0},", member.DisplayName],
        T["Quelqu'un (sans doute vous) a demandé à créer un compte avec cette adresse, qui en a déjà un. Pour vous connecter :"],
        links.SignIn(),
        T["Mot de passe oublié ? Choisissez-en un nouveau ici :"],
        links.ForgottenPassword(),
        T["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas changé."]);

    public Task SendPasswordReset(Member member, string token) => Send(member,
        T["Choisissez un nouveau mot de passe"],
        T["Bonjour {0},", member.DisplayName],
        T["Pour choisir un nouveau mot de passe, ouvrez ce lien :"],
        links.PasswordReset(member.Id, token),
        T["Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas."]);

    // Plain text, one paragraph per argument, CRLF line ends as mail wants them.
    private Task Send(Member member, string subject, params string[] paragraphs) =>
        sender.SendAsync(new EmailMessage(member.Email!, subject, string.Join("\r\n\r\n", paragraphs) + "\r\n"));
}
