using AngleSharp.Dom;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>Submitting the site's forms as a browser does: antiforgery cookie and token included.</summary>
public static class Forms
{
    /// <summary>
    /// GETs <paramref name="pageUrl"/>, then POSTs <paramref name="fields"/> with the antiforgery
    /// token of the form posting to <paramref name="action"/> (default: the page's path).
    /// </summary>
    public static async Task<HttpResponseMessage> Submit(
        HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var (_, page) = await Html.Get(client, pageUrl);
        return await Post(client, page, action ?? pageUrl.Split('?')[0], fields);
    }

    /// <summary>POSTs to <paramref name="action"/> with the token of that form in <paramref name="page"/>.</summary>
    public static Task<HttpResponseMessage> Post(
        HttpClient client, IDocument page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var values = fields.Append(new("__RequestVerificationToken", Html.Token(page, action)));
        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
