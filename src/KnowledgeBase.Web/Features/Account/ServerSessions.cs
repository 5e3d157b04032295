using System.Security.Claims;
using System.Security.Cryptography;
using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// Every signed-in session has a row on the server (<see cref="MemberSession"/>) whose key the
/// session cookie carries as a claim; a cookie whose row is gone is refused on the next request,
/// on every node. Signing out deletes the row, so a copied cookie is worth nothing afterwards;
/// a password or role change deletes all the member's rows (<see cref="MemberSessions"/>).
/// Wired as the session cookie's events (Hosting/IdentityRegistration.cs).
/// </summary>
public sealed class ServerSessions(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string ClaimType = "kb:session";

    /// <summary>A new session: a new key (never one of an earlier cookie), recorded before the cookie is written.</summary>
    public async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { } memberId)
            return;
        foreach (var old in identity.FindAll(ClaimType).ToList()) identity.RemoveClaim(old);
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        identity.AddClaim(new Claim(ClaimType, key));
        var now = clock.GetUtcNow().UtcDateTime;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
        // Rows past their end serve no one: cleared at each sign-in.
        await db.MemberSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        db.MemberSessions.Add(new MemberSession
        {
            Key = key, MemberId = memberId, CreatedAt = now, RenewedAt = now, ExpiresAt = now + context.Options.ExpireTimeSpan,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Each request: the session must still exist; then the security stamp is checked as usual.</summary>
    public async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var key = context.Principal?.FindFirstValue(ClaimType);
        var now = clock.GetUtcNow().UtcDateTime;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
            if (key is null || !await db.MemberSessions.AnyAsync(s => s.Key == key && s.ExpiresAt > now))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A sliding renewal of the cookie extends its session too.</summary>
    public async Task CheckSlidingExpiration(CookieSlidingExpirationContext context)
    {
        if (!context.ShouldRenew || context.Principal?.FindFirstValue(ClaimType) is not { } key) return;
        var expires = clock.GetUtcNow().UtcDateTime + context.Options.ExpireTimeSpan;
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>().MemberSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, expires).SetProperty(x => x.RenewedAt, clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Signing out ends this session on the server, not only in this browser.</summary>
    public async Task SigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirstValue(ClaimType) is not { } key) return;
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>().MemberSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    /// <summary>The security stamp check builds a new principal every so often: it keeps its session.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimType) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && identity.FindFirst(ClaimType) is null)
            identity.AddClaim(new Claim(ClaimType, session.Value));
        return Task.CompletedTask;
    }
}
