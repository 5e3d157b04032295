using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Web.Features.Search;
using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;

namespace KnowledgeBase.Web.Api;

/// <summary>The public read API: GET /api/search with the same parameters as /search.</summary>
public static class SearchApi
{
    public static void MapKnowledgeBaseApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("KnowledgeBase");
        api.MapGet("/search", (HttpRequest request, InitiativeSearch search) =>
        {
            var results = search.Search(SearchParameters.From(request.Query).ToQuery(CurrentLanguage.IsEnglish));
            return TypedResults.Ok(new SearchResponse(
                results.Total,
                results.Hits.Select(h => new SearchItem(h.Slug, h.Title, h.Summary, h.ExcerptHtml, h.Score, h.PublishedAt)).ToList(),
                results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new FacetItem(v.Value, v.Label, v.Count)).ToList()),
                results.Suggestion));
        }).CacheOutput(PageCacheRegistration.Visitors);
    }
}

/// <param name="Excerpt">HTML: escaped text with matching words in &lt;mark&gt;.</param>
public sealed record SearchItem(string Slug, string Title, string Summary, string Excerpt, double Score, DateTimeOffset PublishedDate);

public sealed record FacetItem(string Value, string Label, int Count);

public sealed record SearchResponse(int Total, IReadOnlyList<SearchItem> Items, IReadOnlyDictionary<string, List<FacetItem>> Facets, string? Suggestion);
