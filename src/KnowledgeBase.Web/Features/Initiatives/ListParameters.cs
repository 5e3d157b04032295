namespace KnowledgeBase.Web.Features.Initiatives;

/// <summary>The list's query string. Unknown or malformed values fall back to defaults.</summary>
public sealed class ListParameters
{
    public string? Theme { get; set; }
    public string? Region { get; set; }
    public string? Departement { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    public ListQuery ToQuery() => new(Theme, Region, Departement,
        string.Equals(Sort, "title", StringComparison.OrdinalIgnoreCase) ? ListSort.Title : ListSort.Date,
        Page < 1 ? 1 : Page);

    /// <summary>The list URL with these filters and one value changed.</summary>
    public string Url(string? sort = null, int? page = null, string? theme = null, bool clearTheme = false)
    {
        var query = new Dictionary<string, string?>
        {
            ["theme"] = clearTheme ? null : theme ?? Theme,
            ["region"] = Region,
            ["departement"] = Departement,
            ["sort"] = sort ?? Sort,
            ["page"] = page is > 1 ? page.ToString() : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/initiatives",
            query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
