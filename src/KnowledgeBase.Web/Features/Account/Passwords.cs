using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Forgotten password (emailed link), reset, and change by a signed-in member.</summary>
public sealed class Passwords(UserManager<Member> users, AccountEmails emails, MemberSessions sessions, MemberSignIn signIn,
    IStringLocalizer<SharedResource> T)
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
        var token = AccountLinks.Decode(code);
        if (string.IsNullOrEmpty(memberId) || token is null) return false;
        var member = await users.FindByIdAsync(memberId);
        return member is not null && await users.VerifyUserTokenAsync(
            member, users.Options.Tokens.PasswordResetTokenProvider, UserManager<Member>.ResetPasswordTokenPurpose, token);
    }

    public async Task<IReadOnlyList<FieldError>> ResetAsync(ResetPasswordForm form)
    {
        var token = AccountLinks.Decode(form.Code);
        var member = string.IsNullOrEmpty(form.Id) ? null : await users.FindByIdAsync(form.Id);
        if (member is null || token is null) return [new("", T["Ce lien n'est plus valable : demandez-en un nouveau."])];

        var result = await users.ResetPasswordAsync(member, token, form.Password);
        if (!result.Succeeded) return result.Errors.Select(e => new FieldError(Registration.FieldOf(e), e.Description)).ToList();

        // The link reached the mailbox: the address is confirmed, and a member locked out by
        // someone else's guesses gets their account back at once.
        if (!member.EmailConfirmed)
        {
            member.EmailConfirmed = true;
            await users.UpdateAsync(member);
        }
        await users.SetLockoutEndDateAsync(member, null);
        await users.ResetAccessFailedCountAsync(member);
        signIn.ForgetFailures(member);
        // Whoever knew the old password is signed out everywhere.
        await sessions.EndAllAsync(member.Id);
        return [];
    }

    /// <summary>Unlocks the account of an emailed unlock link; false for an unknown, mangled or expired link.</summary>
    public async Task<bool> UnlockAsync(string? memberId, string? code)
    {
        var token = AccountLinks.Decode(code);
        if (string.IsNullOrEmpty(memberId) || token is null) return false;
        var member = await users.FindByIdAsync(memberId);
        if (member is null || !await users.VerifyUserTokenAsync(member, TokenOptions.DefaultProvider, AccountEmails.UnlockPurpose, token)) return false;
        await users.SetLockoutEndDateAsync(member, null);
        await users.ResetAccessFailedCountAsync(member);
        signIn.ForgetFailures(member);
        return true;
    }

    public async Task<IReadOnlyList<FieldError>> ChangeAsync(Member member, ChangePasswordForm form)
    {
        var result = await users.ChangePasswordAsync(member, form.CurrentPassword, form.Password);
        // Other sessions end at once; the caller re-issues this one.
        if (result.Succeeded) await sessions.EndAllAsync(member.Id);
        return result.Succeeded
            ? []
            : result.Errors.Select(e => new FieldError(
                e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : Registration.FieldOf(e),
                e.Description)).ToList();
    }
}
