namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// The site's addresses are French (/recherche, /thematiques, /territoires, /langue), like
/// /compte and /fiches. The English ones it had first answer with a permanent redirect to them,
/// sub-paths, extensions (.csv) and query strings kept, so that no link or bookmark breaks:
/// 301 for a read, 308 (the method kept) for anything else.
/// </summary>
public sealed class EnglishAddressRedirects(RequestDelegate next)
{
    public static readonly IReadOnlyList<(string English, string French)> Moves =
    [
        ("/search", "/recherche"),
        ("/themes", "/thematiques"),
        ("/territories", "/territoires"),
        ("/language", "/langue"),
    ];

    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        foreach (var (english, french) in Moves)
        {
            if (!path.StartsWith(english, StringComparison.OrdinalIgnoreCase)
                || path.Length > english.Length && path[english.Length] is not ('/' or '.')) continue;
            var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            http.Response.StatusCode = read ? StatusCodes.Status301MovedPermanently : StatusCodes.Status308PermanentRedirect;
            http.Response.Headers.Location = http.Request.PathBase + french + path[english.Length..] + http.Request.QueryString;
            return Task.CompletedTask;
        }
        return next(http);
    }
}
