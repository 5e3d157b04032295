using System.Net.Http.Headers;
using System.Text.Json;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>
/// Reads /health/details as a monitoring tool does: the HealthChecks UI JSON, with the bearer
/// token that the test sites are configured with (Health:Token).
/// </summary>
public static class HealthDetails
{
    public const string Token = "jeton-de-supervision-des-tests";

    public static async Task<JsonElement> Read(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/details");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The data of one check, e.g. "search-index".</summary>
    public static JsonElement Data(this JsonElement report, string check) =>
        report.GetProperty("entries").GetProperty(check).GetProperty("data");
}
