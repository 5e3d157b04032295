using KnowledgeBase.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgeBase.Web.Features.Search;

/// <summary>
/// The whole state of a search, as it stands in the URL:
/// /recherche?q=…&amp;theme=…&amp;public=…&amp;region=…&amp;departement=…&amp;organisation=…&amp;stage=…&amp;evidence=…&amp;year=…&amp;period=…&amp;sort=…&amp;page=…
/// The observatory, the CSV of results and the API read the same keys.
/// Malformed values are ignored rather than refused.
/// </summary>
public sealed class SearchParameters
{
    /// <summary>Longer queries are cut (with a message): a pasted page of text is searched by its beginning.</summary>
    public const int MaxQueryLength = 200;

    private string? q;

    public string? Q
    {
        get => q;
        set
        {
            WasCut = value?.Length > MaxQueryLength;
            q = Cut(value);
        }
    }

    /// <summary>The query typed was longer than <see cref="MaxQueryLength"/> and was cut.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool WasCut { get; private set; }

    /// <summary>The first <see cref="MaxQueryLength"/> characters, never half a surrogate pair.</summary>
    public static string? Cut(string? text)
    {
        if (text is null || text.Length <= MaxQueryLength) return text;
        var length = char.IsHighSurrogate(text[MaxQueryLength - 1]) ? MaxQueryLength - 1 : MaxQueryLength;
        return text[..length];
    }

    public List<string> Theme { get; set; } = [];
    public List<string> Public { get; set; } = [];
    public List<string> Region { get; set; } = [];
    public List<string> Departement { get; set; } = [];
    public List<string> Organisation { get; set; } = [];
    public List<string> Stage { get; set; } = [];
    public List<string> Evidence { get; set; } = [];
    public List<string> Year { get; set; } = [];
    public List<string> Period { get; set; } = [];
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    public bool ByDate => string.Equals(Sort, "date", StringComparison.OrdinalIgnoreCase);

    /// <summary>Facet name → selected values (the facet names are the query-string keys).</summary>
    public IReadOnlyDictionary<string, List<string>> Filters => new Dictionary<string, List<string>>
    {
        [FacetNames.Theme] = Clean(Theme),
        [FacetNames.Public] = Clean(Public),
        [FacetNames.Region] = Clean(Region),
        [FacetNames.Departement] = Clean(Departement),
        [FacetNames.OrganisationType] = Clean(Organisation),
        [FacetNames.Stage] = Clean(Stage),
        [FacetNames.Evidence] = Clean(Evidence),
        [FacetNames.Year] = Clean(Year),
        [FacetNames.Period] = Clean(Period),
    };

    /// <summary>True when neither text nor filter narrows the search.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Filters.All(f => f.Value.Count == 0);

    public SearchQuery ToQuery(bool english) => new(Q, Filters, ByDate, Math.Max(1, Page), english);

    /// <summary>This search's URL with a filter added or removed, another order or page.</summary>
    public string Url(string? toggleFacet = null, string? toggleValue = null, string? sort = null, int page = 1, string? query = null,
        string path = "/recherche")
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        var text = query ?? Q;
        if (!string.IsNullOrWhiteSpace(text)) pairs.Add(new("q", text));
        foreach (var (facet, values) in Filters)
        {
            var selected = new List<string>(values);
            if (facet == toggleFacet && toggleValue is not null && !selected.Remove(toggleValue)) selected.Add(toggleValue);
            pairs.AddRange(selected.Select(v => new KeyValuePair<string, string?>(facet, v)));
        }
        var order = sort ?? Sort;
        if (string.Equals(order, "date", StringComparison.OrdinalIgnoreCase)) pairs.Add(new("sort", "date"));
        if (page > 1) pairs.Add(new("page", page.ToString()));
        return QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>
    /// <paramref name="path"/> with this search's text and filters, each facet of
    /// <paramref name="replace"/> holding that one value instead of its selection; no order, no page.
    /// The observatory links each figure to the search it counts this way.
    /// </summary>
    public string Link(string path, params (string Facet, string Value)[] replace)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Q)) pairs.Add(new("q", Q));
        foreach (var (facet, values) in Filters)
        {
            var replaced = replace.Where(r => r.Facet == facet).Select(r => r.Value).ToList();
            pairs.AddRange((replaced.Count > 0 ? replaced : values).Select(v => new KeyValuePair<string, string?>(facet, v)));
        }
        return QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>Reads the same keys from a query string (used by the JSON API).</summary>
    public static SearchParameters From(IQueryCollection query) => new()
    {
        Q = query["q"].FirstOrDefault(),
        Theme = Values(query, FacetNames.Theme),
        Public = Values(query, FacetNames.Public),
        Region = Values(query, FacetNames.Region),
        Departement = Values(query, FacetNames.Departement),
        Organisation = Values(query, FacetNames.OrganisationType),
        Stage = Values(query, FacetNames.Stage),
        Evidence = Values(query, FacetNames.Evidence),
        Year = Values(query, FacetNames.Year),
        Period = Values(query, FacetNames.Period),
        Sort = query["sort"].FirstOrDefault(),
        Page = int.TryParse(query["page"].FirstOrDefault(), out var page) ? page : 1,
    };

    private static List<string> Values(IQueryCollection query, string key) => query[key].Where(v => v is not null).Select(v => v!).ToList();

    // Values are slugs and codes: anything long or odd cannot match and is dropped.
    private static List<string> Clean(List<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v) && v.Length <= 40).Select(v => v.Trim()).Distinct().Take(30).ToList();
}
