using KnowledgeBase.Core.Mail;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// The account emails, written in the language of the request (French by default), put in
/// the outbox and saved at once (they are the whole change, or join the caller's transaction).
/// </summary>
public sealed class AccountEmails(MailOutbox outbox, AccountLinks links, IStringLocalizer<SharedResource> T) : IAccountMail
{
    public Task SendConfirmation(Member member, string token) => Send(member,
        T["Confirmez votre adresse électronique"],
        T["Pour activer votre compte sur la banque d'expériences, confirmez votre adresse en ouvrant ce lien :"],
        links.Confirmation(member.Id, token),
        T["Si vous n'avez pas demandé à créer un compte, ignorez ce message."]);

    public Task SendAlreadyRegistered(Member member) => Send(member,
        T["Vous avez déjà un compte"],
        T["Quelqu'un (sans doute vous) a demandé à créer un compte avec cette adresse, qui en a déjà un. Pour vous connecter :"],
        links.SignIn(),
        T["Mot de passe oublié ? Choisissez-en un nouveau ici :"],
        links.ForgottenPassword(),
        T["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas changé."]);

    public Task SendPasswordReset(Member member, string token) => Send(member,
        T["Choisissez un nouveau mot de passe"],
        T["Pour choisir un nouveau mot de passe, ouvrez ce lien :"],
        links.PasswordReset(member.Id, token),
        T["Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas."]);

    /// <summary>Sent when the account gets locked after many failed sign-ins, whoever made them.</summary>
    public Task SendUnlock(Member member, string token) => Send(member,
        T["Votre compte est temporairement bloqué"],
        T["De nombreuses tentatives de connexion avec un mot de passe erroné ont bloqué votre compte pour un moment. Si c'est vous, ou si vous voulez l'utiliser sans attendre, débloquez-le en ouvrant ce lien :"],
        links.Unlock(member.Id, token),
        T["Si ce n'était pas vous, quelqu'un essaie peut-être de deviner votre mot de passe : choisissez-en un nouveau, long et que vous n'utilisez nulle part ailleurs."],
        links.ForgottenPassword());

    // Plain text: the greeting, then one paragraph per argument, CRLF line ends as mail wants them.
    private Task Send(Member member, string subject, params string[] paragraphs) =>
        outbox.SendAsync(new EmailMessage(member.Email!, subject,
            string.Join("\r\n\r\n", [T["Bonjour {0},", member.DisplayName], .. paragraphs]) + "\r\n"));
}
