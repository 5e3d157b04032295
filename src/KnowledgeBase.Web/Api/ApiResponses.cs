using System.Security.Cryptography;
using System.Text.Json;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// JSON answers that caches and harvesters can revalidate: a strong ETag (a hash of the
/// body, so it changes exactly when the answer does), Last-Modified where the date is exact,
/// and 304 Not Modified when the client already holds this version.
/// </summary>
public static class ApiResponses
{
    public const string CacheControl = "public, max-age=300";

    public static IResult Json(HttpContext http, object body, DateTimeOffset? lastModified = null)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), options);
        var etag = $"\"{Convert.ToBase64String(SHA256.HashData(bytes).AsSpan(0, 18)).Replace('+', '-').Replace('/', '_')}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        var modified = lastModified is { } m ? new DateTimeOffset(m.UtcDateTime.Ticks - m.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : (DateTimeOffset?)null;
        if (modified is { } date) headers.LastModified = date.ToString("R");
        return NotModified(http.Request, etag, modified) ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(bytes, "application/json; charset=utf-8");
    }

    // RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it.
    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset? modified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
            return EntityTagHeaderValue.TryParseList(ifNoneMatch.OfType<string>().ToList(), out var tags)
                   && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal));
        return modified is { } date
               && DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), System.Globalization.CultureInfo.InvariantCulture,
                   System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
               && date <= since;
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introuvable.", detail: detail);
}
