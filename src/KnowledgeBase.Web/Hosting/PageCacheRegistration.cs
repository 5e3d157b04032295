using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Indexing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The "PageCache" configuration section.</summary>
public sealed class PageCacheOptions
{
    /// <summary>How long a public page is served from memory at most (changes evict it sooner).</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Off: every page is rendered for every request (for measuring, or debugging).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Pages that hold under load (docs/decisions/009): ASP.NET Core's output cache keeps the
/// public pages rendered for anonymous visitors, per URL and language; every change to what
/// they show writes an index task, and applying index tasks evicts them (on the node that made
/// the change at once, on the others when their indexer applies it). Responses are
/// compressed, except those that hold a secret (see <see cref="VisitorCompression"/>).
/// Rendered Markdown is kept per revision (<see cref="RevisionHtml"/>).
/// </summary>
public static class PageCacheRegistration
{
    /// <summary>Output-cache policy of the public pages: <c>[OutputCache(PolicyName = PageCacheRegistration.Visitors)]</c>.</summary>
    public const string Visitors = "visitors";

    /// <summary>Tag of every cached public page: evicted on any change to published content.</summary>
    public const string PublishedTag = "published";

    public static IHostApplicationBuilder AddKnowledgeBasePageCache(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection("PageCache").Get<PageCacheOptions>() ?? new PageCacheOptions();
        services.AddOutputCache(o => o.AddPolicy(Visitors, new VisitorPagePolicy(options)));
        services.AddSingleton<PublishedPagesEviction>();
        services.AddSingleton<RevisionHtml>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, VisitorCompression>();
        return builder;
    }
}

/// <summary>
/// Cached: GET and HEAD of an opted-in page, by a visitor who is not signed in (no session,
/// no Authorization header, no pending flash message), answered 200 without setting a cookie
/// and without "no-store" (which antiforgery puts on every page holding a token). Signed-in
/// members are never served a cached page and their pages are never stored: theirs show
/// their menu, contact addresses and forms with their own tokens. Varies by the full URL
/// (host, path and every query key), the language and this node's index checkpoint.
/// </summary>
public sealed class VisitorPagePolicy(PageCacheOptions options) : IOutputCachePolicy
{
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var attempt = options.Enabled
                      && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                      && http.User.Identity?.IsAuthenticated != true
                      && !request.Headers.ContainsKey("Authorization")
                      && !request.Cookies.ContainsKey(TempDataCookie);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        // The API's labels follow ?lang= or Accept-Language, not the site's language cookie.
        if (request.Path.StartsWithSegments("/api")) context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage;
        // The index's checkpoint is part of the key: a page rendered from the old state and
        // stored just after an eviction can never be served once the index has moved on.
        context.CacheVaryByRules.VaryByValues["index"] =
            http.RequestServices.GetRequiredService<SearchIndexHost>().Index.Checkpoint.ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = options.Duration;
        context.Tags.Add(PageCacheRegistration.PublishedTag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Compresses responses, except for signed-in members and for pages that hold an antiforgery
/// token (marked "no-store"): compressing a secret next to text an attacker can make the page
/// repeat lets them guess it from the sizes (BREACH). Public pages hold no secret.
/// </summary>
public sealed class VisitorCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
        && base.ShouldCompressResponse(context);
}

/// <summary>
/// Evicts the cached public pages of this node when published content changed: after a save
/// that wrote index tasks on this node, and whenever this node's indexer applied tasks
/// (written by any node). A page rendered from the old state and stored just after an
/// eviction is under the old checkpoint in its key: never served again, it just expires.
/// </summary>
public sealed class PublishedPagesEviction(IOutputCacheStore store, ILogger<PublishedPagesEviction> logger) : SaveChangesInterceptor
{
    // Contexts whose save in progress writes index tasks.
    private readonly ConditionalWeakTable<DbContext, object> saving = new();

    public void Evict()
    {
        try
        {
            // The in-memory store completes at once.
            store.EvictByTagAsync(PageCacheRegistration.PublishedTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Pages publiques en cache non évincées.");
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db) saving.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Mark(DbContext? db)
    {
        if (db is not null && db.ChangeTracker.Entries<IndexTask>().Any(e => e.State == EntityState.Added))
            saving.AddOrUpdate(db, this);
    }

    private void Saved(DbContext? db)
    {
        if (db is not null && saving.Remove(db)) Evict();
    }
}
