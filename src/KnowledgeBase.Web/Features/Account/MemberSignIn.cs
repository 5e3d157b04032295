using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown address or wrong password: the same answer for both.</summary>
    Failed,
    /// <summary>Too many failures: answered for unknown addresses too, after as many attempts.</summary>
    LockedOut,
    /// <summary>Right password, address not confirmed yet: only whoever knows the password learns it.</summary>
    EmailNotConfirmed,
}

/// <summary>
/// Password sign-in that answers alike for known and unknown addresses: the same messages,
/// a password hash checked either way, and a lockout after as many failures.
/// </summary>
public sealed class MemberSignIn(
    SignInManager<Member> signIn, UserManager<Member> users, IPasswordHasher<Member> hasher,
    IMemoryCache cache, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private static readonly Member Nobody = new();
    private static string? nobodysHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var member = await users.FindByEmailAsync(email.Trim());
        if (member is null) return UnknownAddress(email, password);

        var result = await signIn.PasswordSignInAsync(member, password, remember, lockoutOnFailure: true);
        if (result.Succeeded) return SignInOutcome.SignedIn;
        if (result.IsLockedOut) return SignInOutcome.LockedOut;
        if (!result.IsNotAllowed) return SignInOutcome.Failed;

        // Identity refuses an unconfirmed address before looking at the password: look at it
        // here, counting failures as for any account.
        if (await users.IsLockedOutAsync(member)) return SignInOutcome.LockedOut;
        if (await users.CheckPasswordAsync(member, password)) return SignInOutcome.EmailNotConfirmed;
        await users.AccessFailedAsync(member);
        return await users.IsLockedOutAsync(member) ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    /// <summary>How long a lockout lasts, for the message.</summary>
    public TimeSpan LockoutDuration => identity.Value.Lockout.DefaultLockoutTimeSpan;

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>Re-issues the session cookie after a change of password (new security stamp).</summary>
    public Task RefreshAsync(Member member) => signIn.RefreshSignInAsync(member);

    // No account: spend the time of a password check, and count failures per address in
    // memory so that the lockout message comes after the same number of attempts.
    private SignInOutcome UnknownAddress(string email, string password)
    {
        nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodysHash, password);

        var lockout = identity.Value.Lockout;
        var attempts = cache.GetOrCreate("sign-in-failures:" + users.NormalizeEmail(email.Trim()), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1);
            return new FailedAttempts();
        })!;
        return attempts.Fail(clock.GetUtcNow(), lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan)
            ? SignInOutcome.LockedOut
            : SignInOutcome.Failed;
    }

    private sealed class FailedAttempts
    {
        private readonly Lock gate = new();
        private int count;
        private DateTimeOffset lockedUntil;

        /// <summary>Records a failure; true when the address is (now) locked.</summary>
        public bool Fail(DateTimeOffset now, int max, TimeSpan lockout)
        {
            lock (gate)
            {
                if (lockedUntil > now) return true;
                if (++count < max) return false;
                count = 0;
                lockedUntil = now + lockout;
                return true;
            }
        }
    }
}
