using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Addresses naming a term merged into another redirect permanently (301) to the same address
/// naming that term: theme pages and feeds (/thematiques/{slug}, /feeds/themes/{slug}.atom) and
/// every filter of a query string (?theme=, ?public=, ?stage=, ?organisation=), on the pages,
/// the CSV and the API alike. Bookmarks and links made before a merge keep working.
/// </summary>
public sealed class MergedTermRedirects(RequestDelegate next)
{
    private static readonly (string Key, string Kind)[] Filters =
    [
        (FacetNames.Theme, TaxonomyKinds.Themes), (FacetNames.Public, TaxonomyKinds.Publics),
        (FacetNames.Stage, TaxonomyKinds.Stages), (FacetNames.OrganisationType, TaxonomyKinds.OrganisationTypes),
    ];

    private static readonly (string Prefix, string Suffix)[] ThemePaths = [("/thematiques/", ""), ("/feeds/themes/", ".atom")];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // Every GET passes here, kept pages included: only one that names a term reads the catalogue.
        if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) || !NamesATerm(request)) return next(context);
        var catalog = context.RequestServices.GetRequiredService<Catalog>();
        if (Redirect(request, catalog) is { } target)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        }
        return next(context);
    }

    private static bool NamesATerm(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        return ThemePaths.Any(p => path.StartsWith(p.Prefix, StringComparison.Ordinal))
            || request.QueryString.HasValue && Filters.Any(f => request.Query.ContainsKey(f.Key));
    }

    private static string? Redirect(HttpRequest request, Catalog catalog)
    {
        var path = request.Path.Value ?? "";
        var changed = false;
        foreach (var (prefix, suffix) in ThemePaths)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var slug = path[prefix.Length..^suffix.Length];
            if (slug.Contains('/') || catalog.Term(TaxonomyKinds.Themes, slug)?.MergedIntoSlug is null) continue;
            path = prefix + catalog.Canonical(TaxonomyKinds.Themes, slug) + suffix;
            changed = true;
        }
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var (key, values) in request.Query)
        {
            var kind = Filters.FirstOrDefault(f => f.Key == key).Kind;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                var target = kind is not null && value is not null && catalog.Term(kind, value)?.MergedIntoSlug is not null ? catalog.Canonical(kind, value) : value;
                changed |= target != value;
                if (target is null || kind is null || seen.Add(target)) pairs.Add(new(key, target));
            }
        }
        return changed ? QueryHelpers.AddQueryString(request.PathBase + path, pairs) : null;
    }
}
