using System.Security.Claims;
using System.Security.Cryptography;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// Keeps signed-in sessions in the database (<see cref="MemberSession"/>); the session cookie
/// carries only the key. Signing out removes the row, so a copied cookie stops working at once
/// on every node; ending a member's sessions (password or role change) is one DELETE.
/// </summary>
public sealed class SessionTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
        // Sessions past their end are of no use to anyone: cleared at each sign-in.
        await db.MemberSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        db.MemberSessions.Add(new MemberSession
        {
            Key = key,
            MemberId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Session sans membre."),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now,
            RenewedAt = now,
            ExpiresAt = Expiry(ticket, now),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = Expiry(ticket, now);
        using var scope = scopes.CreateScope();
        // A session ended meanwhile stays ended: nothing is re-created here.
        await scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>().MemberSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.RenewedAt, now).SetProperty(x => x.ExpiresAt, expires),
                cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length != MemberSession.KeyLength) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        using var scope = scopes.CreateScope();
        var ticket = await scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>().MemberSessions.AsNoTracking()
            .Where(s => s.Key == key && s.ExpiresAt > now).Select(s => s.Ticket).SingleOrDefaultAsync(cancellationToken);
        return ticket is null ? null : TicketSerializer.Default.Deserialize(ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>().MemberSessions.Where(s => s.Key == key)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static DateTime Expiry(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + DefaultLifetime;
}
