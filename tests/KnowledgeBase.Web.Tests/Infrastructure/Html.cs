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

    /// <summary>The antiforgery token of the first form posting to <paramref name="action"/>.</summary>
    public static string Token(IDocument document, string action) =>
        document.QuerySelector($"form[action='{action}'] input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"Pas de jeton antiforgery dans le formulaire {action}.");
}
