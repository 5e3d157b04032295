using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

/// <summary>
/// Sign-up and email confirmation. Whether an address already has an account never shows:
/// the same answer is given, and its owner is told by email instead.
/// </summary>
public sealed class Registration(
    UserManager<Member> users, IPasswordHasher<Member> hasher, Profiles profiles, IAccountMail emails, KnowledgeBaseDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Errors of the form (fields, taxonomies, password rules), or none: then either a new
    /// account waits for confirmation, or the address already had one and got a notice.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> SignUpAsync(string email, string password, MemberProfile profile)
    {
        var errors = profiles.Validate(profile).ToList();
        email = email.Trim();
        var member = new Member { UserName = email, Email = email };
        profile.ApplyTo(member);
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, member, password);
            errors.AddRange(checkedPassword.Errors.Select(e => new FieldError(PasswordField, e.Description)));
        }
        if (errors.Count > 0) return errors;

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Hash anyway: a sign-up with a known address takes as long as a real one.
            hasher.HashPassword(member, password);
            await emails.SendAlreadyRegistered(existing);
            return [];
        }

        member.CreatedAt = clock.GetUtcNow().UtcDateTime;
        // The account, its role and its confirmation mail (in the outbox) are one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(member, password);
        if (!created.Succeeded)
        {
            // Another sign-up with this address won the race: answer as for any known address.
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
                return [];
            return created.Errors.Select(e => new FieldError(FieldOf(e), e.Description)).ToList();
        }
        await users.AddToRoleAsync(member, Roles.Member);
        await emails.SendConfirmation(member, await users.GenerateEmailConfirmationTokenAsync(member));
        await transaction.CommitAsync();
        return [];
    }

    /// <summary>Confirms the address of an emailed link; false for an unknown, mangled or expired link.</summary>
    public async Task<bool> ConfirmAsync(string? memberId, string? code)
    {
        var token = AccountTokens.Decode(code);
        if (string.IsNullOrEmpty(memberId) || token is null) return false;
        var member = await users.FindByIdAsync(memberId);
        return member is not null && (await users.ConfirmEmailAsync(member, token)).Succeeded;
    }

    /// <summary>Sends a new confirmation link if the address has an account still unconfirmed.</summary>
    public async Task ResendConfirmationAsync(string email)
    {
        var member = await users.FindByEmailAsync(email.Trim());
        if (member is { EmailConfirmed: false })
            await emails.SendConfirmation(member, await users.GenerateEmailConfirmationTokenAsync(member));
    }

    /// <summary>The field of the forms that carries the new password.</summary>
    public const string PasswordField = "Password";

    /// <summary>The field an Identity error is about: the password, the address, or the whole form.</summary>
    internal static string FieldOf(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField
        : error.Code.Contains("Email", StringComparison.Ordinal) ? "Email"
        : "";
}
