using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Core.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// Forms posted when their author's session had ended (see <see cref="KeptForm"/>). A form is
/// kept only when the request carries the browser's antiforgery cookie, which a browser sends
/// only to requests from the site's own pages (SameSite=Strict): another site cannot plant a
/// form to be re-sent. It is given back only to that same browser, signed in again.
/// </summary>
public sealed class KeptForms(KnowledgeBaseDbContext db, IOptions<AntiforgeryOptions> antiforgery, TimeProvider clock)
{
    public const string FieldName = "__kept";
    public const string PagePrefix = "/compte/saisie-conservee/";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private const int PerClientPerHour = 20;

    /// <summary>The address of the page that gives a kept form back.</summary>
    public static string PageOf(string id) => PagePrefix + id;

    /// <summary>Keeps the form of this request; null when it cannot or must not be kept.</summary>
    public async Task<string?> KeepAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || BrowserKey(context) is not { } browser) return null;
        // A script's request (the Markdown preview) is not a page the person will come back to.
        if (request.Headers["Sec-Fetch-Mode"] is { Count: > 0 } mode && mode != "navigate") return null;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
        var fields = form
            .Where(f => f.Key != FieldName && !f.Key.StartsWith("__RequestVerificationToken", StringComparison.Ordinal)
                        && !f.Key.Contains("password", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => f.Value.Select(v => new[] { f.Key, v ?? "" }))
            .ToList();
        var json = JsonSerializer.Serialize(fields);
        if (fields.Count == 0 || json.Length > KeptForm.MaxFieldsLength) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var client = Hash(context.Connection.RemoteIpAddress?.ToString() ?? "?");
        await db.KeptForms.Where(f => f.ExpiresAt < now).ExecuteDeleteAsync(context.RequestAborted);
        if (await db.KeptForms.CountAsync(f => f.ClientKey == client && f.CreatedAt > now.AddHours(-1), context.RequestAborted) >= PerClientPerHour)
            return null;
        var kept = new KeptForm
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)),
            BrowserKey = browser,
            ClientKey = client,
            Action = request.PathBase + request.Path,
            Fields = json,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.KeptForms.Add(kept);
        await db.SaveChangesAsync(context.RequestAborted);
        return kept.Id;
    }

    /// <summary>The kept form with this id, if it was kept by this browser and has not expired.</summary>
    public async Task<KeptFormView?> FindAsync(string id, HttpContext context)
    {
        if (BrowserKey(context) is not { } browser) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var kept = await db.KeptForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.BrowserKey == browser && f.ExpiresAt > now);
        if (kept is null) return null;
        var fields = (JsonSerializer.Deserialize<List<string[]>>(kept.Fields) ?? [])
            .Where(f => f.Length == 2).Select(f => new KeyValuePair<string, string>(f[0], f[1])).ToList();
        return new KeptFormView(kept.Id, kept.Action, fields, kept.CreatedAt);
    }

    /// <summary>Forgets a kept form of this browser (sent again, or abandoned).</summary>
    public async Task DiscardAsync(string id, HttpContext context)
    {
        if (BrowserKey(context) is not { } browser) return;
        await db.KeptForms.Where(f => f.Id == id && f.BrowserKey == browser).ExecuteDeleteAsync();
    }

    private string? BrowserKey(HttpContext context) =>
        antiforgery.Value.Cookie.Name is { } name && context.Request.Cookies[name] is { Length: > 0 } cookie ? Hash(cookie) : null;

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}

/// <summary>A kept form as its page shows it, and the fields to send again.</summary>
public sealed record KeptFormView(string Id, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, DateTime CreatedAt)
{
    /// <summary>What the person typed, for reading before sending again (choices and technical fields left out).</summary>
    public IEnumerable<KeyValuePair<string, string>> Texts =>
        Fields.Where(f => f.Value.Trim().Length > 0 && f.Key is not ("command" or "Version" or "version" or "page" or "q" or "ReturnUrl"));
}
