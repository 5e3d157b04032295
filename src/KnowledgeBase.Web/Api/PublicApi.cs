using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Observation;
using KnowledgeBase.Web.Features.Observatory;
using KnowledgeBase.Web.Features.Search;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// The public read API under /api (minimal-API group): write-ups, search, observatory,
/// taxonomies and territories. Read only, open to every origin, cacheable, errors as RFC 9457
/// problem documents. /api itself is the French page that explains it.
/// </summary>
public static class PublicApi
{
    public const string CorsPolicy = "OpenData";
    public const int MaxPageSize = 100;

    private static readonly ApiParameter Page = new("page", "Numéro de page, à partir de 1.", ApiParameterKind.Integer, "1", Max: 100_000);
    private static readonly ApiParameter PageSize = new("pageSize", $"Fiches par page, de 1 à {MaxPageSize} (20 par défaut).", ApiParameterKind.Integer, "50", Max: MaxPageSize);
    private static readonly ApiParameter UpdatedSince = new("updatedSince",
        "Seulement les fiches dont la version publique a changé à cette date ou après (ISO 8601, UTC si aucun fuseau). Pour moissonner : gardez la date de votre passage précédent.",
        ApiParameterKind.DateTime, "2025-01-01T00:00:00Z");

    public static void MapKnowledgeBaseApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("KnowledgeBase").RequireCors(CorsPolicy).AddEndpointFilter<ApiRequests>();

        api.MapGet("/initiatives", ListInitiatives).WithName("ListInitiatives")
            .WithSummary("Fiches publiées, page par page (moissonnage)")
            .WithDescription("Les fiches publiées de la plus anciennement modifiée à la plus récente, avec les filtres de la recherche et updatedSince pour ne reprendre que ce qui a changé. Chaque élément renvoie à sa fiche complète (apiUrl).")
            .WithMetadata(new ApiParameters([ApiParameters.Query, .. ApiParameters.Filters, UpdatedSince, Page, PageSize, ApiParameters.Lang]))
            .Produces<InitiativePage>().Answers();

        api.MapGet("/initiatives/{slug}", GetInitiative).WithName("GetInitiative")
            .WithSummary("Une fiche publiée, en entier")
            .WithDescription("Tous les champs publics de la fiche : sections en Markdown et en HTML, codes avec libellés, codes de territoire, niveau de preuve avec le nombre d'évaluations et la moyenne par critère. Jamais l'adresse électronique du contact. Last-Modified et ETag permettent de ne la relire que si elle a changé.")
            .WithMetadata(new ApiParameters([ApiParameters.Lang]))
            .Produces<InitiativeDetail>().Answers().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/dossiers", ListDossiers)
            .WithName("ListDossiers").WithSummary("Les dossiers publiés")
            .WithDescription("Les dossiers de l'équipe éditoriale : des fiches publiées réunies et commentées autour d'une question, avec des préconisations. Chaque élément renvoie à son dossier complet (apiUrl).")
            .WithMetadata(new ApiParameters([ApiParameters.Lang])).Produces<DossiersResponse>().Answers();

        api.MapGet("/dossiers/{slug}", (string slug, HttpContext http, PublishedDossiers dossiers, ApiDocuments documents) =>
                dossiers.Find(slug) is { } found
                    ? ApiResponses.Json(http, documents.Detail(found), new DateTimeOffset(DateTime.SpecifyKind(found.Dossier.Card!.ChangedAt, DateTimeKind.Utc)))
                    : ApiResponses.NotFound($"Aucun dossier publié ne porte le nom « {slug} »."))
            .WithName("GetDossier").WithSummary("Un dossier publié, en entier")
            .WithDescription("L'introduction et les préconisations en Markdown et en HTML, et les fiches publiées du dossier dans son ordre, chacune avec la note de l'équipe éditoriale et son adresse dans l'API. Last-Modified et ETag permettent de ne le relire que s'il a changé.")
            .WithMetadata(new ApiParameters([ApiParameters.Lang]))
            .Produces<DossierDetail>().Answers().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", Search).WithName("Search")
            .WithSummary("Recherche plein texte avec facettes")
            .WithDescription("Les mêmes paramètres que la page /recherche : 20 résultats par page avec extraits, facettes comptées et suggestion d'orthographe.")
            .WithMetadata(new ApiParameters([ApiParameters.Query, .. ApiParameters.Filters,
                new ApiParameter("sort", "Ordre : relevance (pertinence, par défaut) ou date (plus récentes d'abord).", ApiParameterKind.Choice, "date", Choices: ["relevance", "date"]),
                new ApiParameter("page", "Numéro de page, de 1 à 1000.", ApiParameterKind.Integer, "1", Max: 1000), ApiParameters.Lang]))
            .Produces<SearchResponse>().Answers()
            .CacheOutput(Hosting.PageCacheRegistration.Visitors);

        api.MapGet("/observatory", Observe).WithName("Observatory")
            .WithSummary("L'observatoire : fiches comptées par dimension")
            .WithDescription("Les nombres de fiches publiées par thématique, public, région, département, type de structure, stade, niveau de preuve, année de publication et période de démarrage, et les tableaux croisés thématique × région et thématique × année ; les mêmes filtres que la recherche. Chaque nombre donne l'adresse de la recherche correspondante.")
            .WithMetadata(new ApiParameters([ApiParameters.Query, .. ApiParameters.Filters, ApiParameters.Lang]))
            .Produces<ObservatoryResponse>().Answers();

        api.MapGet("/taxonomies", (HttpContext http, ApiDocuments documents) => ApiResponses.Json(http, documents.Taxonomies()))
            .WithName("Taxonomies").WithSummary("Les vocabulaires contrôlés")
            .WithDescription("Thématiques, publics, stades, types de structure, tranches de budget, niveaux de preuve, échelles et types de territoire : codes et libellés en français et en anglais.")
            .WithMetadata(new ApiParameters([ApiParameters.Lang])).Produces<TaxonomiesResponse>().Answers();

        api.MapGet("/territories", (HttpContext http, ApiDocuments documents) => ApiResponses.Json(http, documents.Territories()))
            .WithName("Territories").WithSummary("Régions et départements")
            .WithDescription("Les 18 régions et 101 départements avec leurs codes officiels (INSEE), tels que les fiches les utilisent.")
            .WithMetadata(new ApiParameters([ApiParameters.Lang])).Produces<TerritoriesResponse>().Answers();

        // Anything else under /api is answered in the API's own terms, not with the site's HTML pages.
        api.MapFallback((HttpContext http) => http.Request.Method is "GET" or "HEAD"
                ? ApiResponses.NotFound($"Aucune ressource à {http.Request.Path}. La liste des adresses est dans /openapi/v1.json.")
                : TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Méthode non permise.",
                    detail: "L'API est en lecture seule : seules les requêtes GET sont acceptées."))
            .ExcludeFromDescription();
    }

    /// <summary>What every endpoint may answer besides its document: a refused parameter, or "not modified".</summary>
    private static RouteHandlerBuilder Answers(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status400BadRequest).Produces(StatusCodes.Status304NotModified);

    private static IResult ListInitiatives(HttpContext http, PublishedInitiatives published, InitiativeSearch search, ApiDocuments documents, ISiteLinks links)
    {
        var query = http.Request.Query;
        var parameters = SearchParameters.From(query);
        var page = int.TryParse(query["page"], out var p) ? p : 1;
        var size = int.TryParse(query["pageSize"], out var s) ? s : 20;
        var since = query["updatedSince"].FirstOrDefault() is { } text ? ApiParameters.ParseDate(text)?.UtcDateTime : null;
        // Text and filters mean exactly what they mean in the search: the search picks the write-ups.
        IReadOnlyCollection<long>? ids = parameters.IsEmpty ? null : search.All(parameters.ToQuery(CurrentLanguage.IsEnglish)).Select(h => h.Id).ToList();
        var result = published.Changes(since, ids, page, size);
        string Link(int number) => links.Absolute(QueryHelpers.AddQueryString(http.Request.Path,
            query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        return ApiResponses.Json(http, new InitiativePage(result.Total, page, size, result.PageCount,
            result.Items.Select(documents.Summary).ToList(),
            new PageLinks(Link(page), page < result.PageCount ? Link(page + 1) : null, page > 1 ? Link(Math.Min(page - 1, result.PageCount)) : null)));
    }

    private static IResult ListDossiers(HttpContext http, PublishedDossiers dossiers, ApiDocuments documents)
    {
        var list = dossiers.List();
        return ApiResponses.Json(http, new DossiersResponse(list.Count, [.. list.Select(documents.Summary)]));
    }

    private static IResult GetInitiative(string slug, HttpContext http, PublishedInitiatives published, ApiDocuments documents) =>
        published.Entry(slug) is { } entry
            ? ApiResponses.Json(http, documents.Detail(entry), new DateTimeOffset(entry.UpdatedAt))
            : ApiResponses.NotFound($"Aucune fiche publiée ne porte le nom « {slug} ».");

    private static IResult Search(HttpContext http, InitiativeSearch search)
    {
        var results = search.Search(SearchParameters.From(http.Request.Query).ToQuery(CurrentLanguage.IsEnglish));
        return ApiResponses.Json(http, new SearchResponse(
            results.Total,
            results.Hits.Select(h => new SearchItem(h.Slug, h.Title, h.Summary, h.ExcerptHtml, h.Score, h.PublishedAt)).ToList(),
            results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new FacetItem(v.Value, v.Label, v.Count)).ToList()),
            results.Suggestion));
    }

    private static IResult Observe(HttpContext http, Observatory observatory, ISiteLinks links,
        Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> T)
    {
        var parameters = SearchParameters.From(http.Request.Query);
        var report = observatory.Report(parameters.ToQuery(CurrentLanguage.IsEnglish));
        var page = new ObservatoryPage(parameters, report, T);
        CountedValue Counted(FigureValue v, params (string, string)[] replace) =>
            new(v.Value, v.Label, v.Count, links.Absolute(page.SearchLink(replace)));
        CrossTableInfo Cross(string key, CrossTable table) => new(key, page.Title(key),
            table.Rows.Select(r => Counted(r, (table.RowDimension, r.Value))).ToList(),
            table.Columns.Select(c => Counted(c, (table.ColumnDimension, c.Value))).ToList(),
            table.Cells);
        return ApiResponses.Json(http, new ObservatoryResponse(report.Total,
            report.Figures.Select(f => new FigureInfo(f.Dimension, page.Title(f.Dimension), f.Values.Select(v => Counted(v, (f.Dimension, v.Value))).ToList())).ToList(),
            [Cross(ObservatoryPage.ThemeByRegion, report.ThemeByRegion), Cross(ObservatoryPage.ThemeByYear, report.ThemeByYear)]));
    }
}
