using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

/// <summary>Forgotten password (emailed link), reset, and change by a signed-in member.</summary>
public sealed class Passwords(UserManager<Member> users, IAccountMail emails, MemberSessions sessions, ISignInFailures failures)
{
    /// <summary>Emails a reset link if the address has an account; otherwise does nothing, silently.</summary>
    public async Task RequestResetAsync(string email)
    {
        var member = await users.FindByEmailAsync(email.Trim());
        if (member is not null)
            await emails.SendPasswordReset(member, await users.GeneratePasswordResetTokenAsync(member));
    }

    /// <summary>True when the link's member and token may still reset a password.</summary>
    public async Task<bool> IsValidLinkAsync(string? memberId, string? code)
    {
        var token = AccountTokens.Decode(code);
        if (string.IsNullOrEmpty(memberId) || token is null) return false;
        var member = await users.FindByIdAsync(memberId);
        return member is not null && await users.VerifyUserTokenAsync(
            member, users.Options.Tokens.PasswordResetTokenProvider, UserManager<Member>.ResetPasswordTokenPurpose, token);
    }

    /// <summary>Sets the new password of an emailed link; the errors of the link or the password, or none.</summary>
    public async Task<IReadOnlyList<FieldError>> ResetAsync(string? memberId, string? code, string password)
    {
        var token = AccountTokens.Decode(code);
        var member = string.IsNullOrEmpty(memberId) ? null : await users.FindByIdAsync(memberId);
        if (member is null || token is null) return [new("", AccountMessages.LinkExpired)];

        var result = await users.ResetPasswordAsync(member, token, password);
        if (!result.Succeeded) return result.Errors.Select(e => new FieldError(Registration.FieldOf(e), e.Description)).ToList();

        // The link reached the mailbox: the address is confirmed, and a member locked out by
        // someone else's guesses gets their account back at once.
        if (!member.EmailConfirmed)
        {
            member.EmailConfirmed = true;
            await users.UpdateAsync(member);
        }
        await ClearLockoutAsync(member);
        // Whoever knew the old password is signed out everywhere.
        await sessions.EndAllAsync(member.Id);
        return [];
    }

    /// <summary>Unlocks the account of an emailed unlock link; false for an unknown, mangled or expired link.</summary>
    public async Task<bool> UnlockAsync(string? memberId, string? code)
    {
        var token = AccountTokens.Decode(code);
        if (string.IsNullOrEmpty(memberId) || token is null) return false;
        var member = await users.FindByIdAsync(memberId);
        if (member is null || !await users.VerifyUserTokenAsync(member, TokenOptions.DefaultProvider, AccountTokens.UnlockPurpose, token)) return false;
        await ClearLockoutAsync(member);
        return true;
    }

    /// <summary>The field of the change form that carries the current password.</summary>
    public const string CurrentPasswordField = "CurrentPassword";

    public async Task<IReadOnlyList<FieldError>> ChangeAsync(Member member, string currentPassword, string newPassword)
    {
        var result = await users.ChangePasswordAsync(member, currentPassword, newPassword);
        // Other sessions end at once; the caller re-issues this one.
        if (result.Succeeded) await sessions.EndAllAsync(member.Id);
        return result.Succeeded
            ? []
            : result.Errors.Select(e => new FieldError(
                e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? CurrentPasswordField : Registration.FieldOf(e),
                e.Description)).ToList();
    }

    // Whoever holds the mailbox gets the account back at once, whatever guesses locked it.
    private async Task ClearLockoutAsync(Member member)
    {
        await users.SetLockoutEndDateAsync(member, null);
        await users.ResetAccessFailedCountAsync(member);
        failures.Forget(member);
    }
}
