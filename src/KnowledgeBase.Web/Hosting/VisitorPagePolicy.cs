using System.Globalization;
using KnowledgeBase.Core.Indexing;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Hosting;

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
