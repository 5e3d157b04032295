namespace KnowledgeBase.Core.Initiatives;

/// <summary>The published revision's fields that lists, counts and filters need.</summary>
public class PublicCard
{
    public string Title { get; set; } = "";
    /// <summary>Title as sorted: lower-case, accents folded, leading quotes and punctuation dropped.</summary>
    public string SortKey { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<string> Themes { get; set; } = [];
    public List<string> Publics { get; set; } = [];
    public string RegionCode { get; set; } = "";
    public string DepartementCode { get; set; } = "";
    public string Stage { get; set; } = "";

    public static PublicCard From(InitiativeContent content) => new()
    {
        Title = content.Title,
        SortKey = SortKeyOf(content.Title),
        Summary = content.Summary,
        Themes = [.. content.Themes],
        Publics = [.. content.Publics],
        RegionCode = content.Territory.RegionCode,
        DepartementCode = content.Territory.DepartementCode,
        Stage = content.Stage,
    };

    /// <summary>"« Dernier écrou »" sorts under D, "Écoute" next to "Ecole".</summary>
    public static string SortKeyOf(string title) => Slugs.FromTitle(title).Replace('-', ' ');
}
