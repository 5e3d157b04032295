using System.Globalization;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Runs before every API endpoint: chooses the language of the labels (?lang=, else
/// Accept-Language, else French) and refuses, with a problem document, any parameter the
/// endpoint does not declare and any value it cannot take.
/// </summary>
public sealed class ApiRequests : IEndpointFilter
{
    public static readonly CultureInfo French = new("fr-FR");
    public static readonly CultureInfo English = new("en");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var culture = Language(http.Request);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        http.Response.Headers.ContentLanguage = culture.TwoLetterISOLanguageName;
        http.Response.Headers.Vary = HeaderNames.AcceptLanguage;

        var declared = http.GetEndpoint()?.Metadata.GetMetadata<ApiParameters>() ?? new ApiParameters([ApiParameters.Lang]);
        var errors = declared.Check(http.Request.Query, http.RequestServices.GetRequiredService<Catalog>());
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "La requête contient des paramètres invalides.",
                detail: "Corrigez les paramètres signalés ; la description de l'API est à /openapi/v1.json.");
        return await next(context);
    }

    private static CultureInfo Language(HttpRequest request)
    {
        var lang = request.Query["lang"].FirstOrDefault();
        if (lang == "en") return English;
        if (lang == "fr") return French;
        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.OfType<string>().ToList(), out var accepted))
            foreach (var choice in accepted.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
            {
                var value = choice.Value.Value ?? "";
                if (value.StartsWith("fr", StringComparison.OrdinalIgnoreCase)) return French;
                if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return English;
            }
        return French;
    }
}
