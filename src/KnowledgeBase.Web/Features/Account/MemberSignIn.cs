using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,
    /// <summary>Unknown address or wrong password: the same answer for both.</summary>
    Failed,
    /// <summary>Too many failures for this account from this client: this client waits; others may still sign in.</summary>
    ClientLockedOut,
    /// <summary>Too many failures for this account from everywhere: the account waits, and its owner got an unlock link.</summary>
    LockedOut,
    /// <summary>Right password, address not confirmed yet: only whoever knows the password learns it.</summary>
    EmailNotConfirmed,
}

/// <summary>
/// The "SignIn" settings. Failures are counted per account and client (address), so that a
/// stranger guessing from one place blocks only that place, not the member; the account itself
/// is locked only after Identity:Lockout:MaxFailedAccessAttempts failures from everywhere, and
/// its owner is then mailed a link that unlocks it at once.
/// </summary>
public sealed class SignInThrottleOptions
{
    public int ClientAttempts { get; set; } = 5;
    public TimeSpan ClientLockout { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Password sign-in that answers alike for known and unknown addresses: the same messages,
/// a password hash checked either way, and the same lockouts after as many failures.
/// </summary>
public sealed class MemberSignIn(
    SignInManager<Member> signIn, UserManager<Member> users, IPasswordHasher<Member> hasher, AccountEmails emails,
    IMemoryCache cache, IOptions<IdentityOptions> identity, IOptions<SignInThrottleOptions> throttle, IHttpContextAccessor http, TimeProvider clock)
    : ISignInFailures
{
    private static readonly Member Nobody = new();
    private static string? nobodysHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var address = users.NormalizeEmail(email.Trim()) ?? "";
        var attempts = ClientAttempts(address);
        var now = clock.GetUtcNow();
        if (attempts.IsLocked(now)) return SignInOutcome.ClientLockedOut;

        var member = await users.FindByEmailAsync(email.Trim());
        if (member is null) return UnknownAddress(address, password, attempts, now);
        if (await users.IsLockedOutAsync(member)) return SignInOutcome.LockedOut;

        var result = await signIn.PasswordSignInAsync(member, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            attempts.Reset();
            return SignInOutcome.SignedIn;
        }
        if (result.IsNotAllowed)
        {
            // Identity refuses an unconfirmed address before looking at the password: look at
            // it here, counting failures as for any account.
            if (await users.CheckPasswordAsync(member, password)) return SignInOutcome.EmailNotConfirmed;
            await users.AccessFailedAsync(member);
        }
        return await Failure(member, attempts, now);
    }

    /// <summary>How long a client waits after too many failures, for the message.</summary>
    public TimeSpan ClientLockoutDuration => throttle.Value.ClientLockout;

    /// <summary>How long an account stays locked, for the message.</summary>
    public TimeSpan LockoutDuration => identity.Value.Lockout.DefaultLockoutTimeSpan;

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>Re-issues the session cookie after a change of password or roles (new security stamp, new session).</summary>
    public Task RefreshAsync(Member member) => signIn.RefreshSignInAsync(member);

    /// <summary>The signed-in member of a request, or null (deleted meanwhile, or signed out).</summary>
    public Task<Member?> CurrentAsync(System.Security.Claims.ClaimsPrincipal user) => users.GetUserAsync(user);

    /// <summary>The member id a request is signed in with, or null.</summary>
    public string? MemberId(System.Security.Claims.ClaimsPrincipal user) => users.GetUserId(user);

    /// <summary>Forgets the per-client failures of an account (after an unlock or a new password).</summary>
    public void Forget(Member member) => cache.Remove(GenerationKey(users.NormalizeEmail(member.Email) ?? ""));

    private async Task<SignInOutcome> Failure(Member member, FailedAttempts attempts, DateTimeOffset now)
    {
        if (await users.IsLockedOutAsync(member))
        {
            // Locked by this very failure: its owner can unlock it by email, whoever caused it.
            await emails.SendUnlock(member, await users.GenerateUserTokenAsync(member, TokenOptions.DefaultProvider, AccountTokens.UnlockPurpose));
            return SignInOutcome.LockedOut;
        }
        return attempts.Fail(now, throttle.Value.ClientAttempts, throttle.Value.ClientLockout) ? SignInOutcome.ClientLockedOut : SignInOutcome.Failed;
    }

    // No account: spend the time of a password check, and count failures in memory, per client
    // and for the address as a whole, so that both lockouts come after the same number of attempts.
    private SignInOutcome UnknownAddress(string address, string password, FailedAttempts attempts, DateTimeOffset now)
    {
        nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, nobodysHash, password);

        var lockout = identity.Value.Lockout;
        var everywhere = cache.GetOrCreate("sign-in-failures:" + address, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1);
            return new FailedAttempts();
        })!;
        if (everywhere.IsLocked(now)) return SignInOutcome.LockedOut;
        if (everywhere.Fail(now, lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan)) return SignInOutcome.LockedOut;
        return attempts.Fail(now, throttle.Value.ClientAttempts, throttle.Value.ClientLockout) ? SignInOutcome.ClientLockedOut : SignInOutcome.Failed;
    }

    private FailedAttempts ClientAttempts(string address)
    {
        var client = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "?";
        var generation = cache.GetOrCreate(GenerationKey(address), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1);
            return Guid.NewGuid();
        });
        return cache.GetOrCreate($"sign-in-client-failures:{generation}:{client}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1);
            return new FailedAttempts();
        })!;
    }

    private static string GenerationKey(string address) => "sign-in-generation:" + address;

    private sealed class FailedAttempts
    {
        private readonly Lock gate = new();
        private int count;
        private DateTimeOffset lockedUntil;

        public bool IsLocked(DateTimeOffset now)
        {
            lock (gate) return lockedUntil > now;
        }

        public void Reset()
        {
            lock (gate) count = 0;
        }

        /// <summary>Records a failure; true when the key is (now) locked.</summary>
        public bool Fail(DateTimeOffset now, int max, TimeSpan lockout)
        {
            lock (gate)
            {
                if (lockedUntil > now) return true;
                if (++count < Math.Max(1, max)) return false;
                count = 0;
                lockedUntil = now + lockout;
                return true;
            }
        }
    }
}
