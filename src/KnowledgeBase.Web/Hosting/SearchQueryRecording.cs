using KnowledgeBase.Core.Insights;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Counts the searches of the site's search page for the editors' "what visitors fail to
/// find" (<see cref="QueryLog"/>): the text typed and the number of write-ups found, nothing
/// about who searched. It runs before the output cache, so that a page served from the cache
/// counts too: the number of results travels in the page's <see cref="ResultsHeader"/>, kept
/// with the page. Only the first page of a search with words is counted, and not the searches
/// of editors and admins: they try the queries of their own report ("Essayer"), which would
/// count them again.
/// </summary>
public sealed class SearchQueryRecording(RequestDelegate next, QueryLog log)
{
    /// <summary>Set by the search page: how many write-ups it found.</summary>
    public const string ResultsHeader = "X-Search-Results";

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || request.Path != "/recherche" || context.Response.StatusCode != StatusCodes.Status200OK) return;
        if (request.Query["page"].FirstOrDefault() is { } page && page != "1") return;
        if (context.User.IsInRole(Roles.Editor) || context.User.IsInRole(Roles.Admin)) return;
        if (!int.TryParse(context.Response.Headers[ResultsHeader].FirstOrDefault(), out var results)) return;
        log.Record(request.Query["q"].FirstOrDefault(), results);
    }
}
