using AngleSharp;
using AngleSharp.Dom;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>Fetching pages and reading them as HTML documents.</summary>
public static class Html
{
    public static async Task<IDocument> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New().OpenAsync(r => r.Content(html));
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await Parse(response));
    }

    /// <summary>
    /// An antiforgery token of the client's session: tokens belong to the session, not to one
    /// form. Signed-in members have the sign-out form on every page; visitors, the sign-in page.
    /// </summary>
    public static async Task<string> AnyToken(HttpClient client)
    {
        foreach (var url in new[] { "/notifications", "/compte/connexion" })
        {
            var (response, page) = await Get(client, url);
            if (response.IsSuccessStatusCode && page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") is { } token)
                return token;
        }
        throw new InvalidOperationException("Aucun jeton antiforgery.");
    }

    /// <summary>The antiforgery token of the first form posting to <paramref name="action"/>.</summary>
    public static string Token(IDocument document, string action) =>
        document.QuerySelector($"form[action='{action}'] input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"Pas de jeton antiforgery dans le formulaire {action}.");
}
