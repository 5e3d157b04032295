namespace KnowledgeBase.Core.Accounts;

/// <summary>
/// The emails the account services send; the web writes them (language of the request, links
/// to its pages) and puts them in the outbox, within the caller's transaction when there is one.
/// </summary>
public interface IAccountMail
{
    Task SendConfirmation(Member member, string token);

    /// <summary>Sent instead of a second sign-up, so that the sign-up page says nothing about the address.</summary>
    Task SendAlreadyRegistered(Member member);

    Task SendPasswordReset(Member member, string token);
}

/// <summary>
/// The failed sign-ins counted per account and client by the web's sign-in; forgotten when
/// the owner proves they hold the mailbox (an unlock link, a new password).
/// </summary>
public interface ISignInFailures
{
    void Forget(Member member);
}
