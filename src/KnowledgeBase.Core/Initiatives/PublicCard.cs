namespace KnowledgeBase.Core.Initiatives;

/// <summary>The published revision's fields that lists, counts and filters need.</summary>
public class PublicCard
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<string> Themes { get; set; } = [];
    public List<string> Publics { get; set; } = [];
    public string RegionCode { get; set; } = "";
    public string DepartementCode { get; set; } = "";
    public string Stage { get; set; } = "";

    public static PublicCard From(InitiativeContent content) => new()
    {
        Title = content.Title,
        Summary = content.Summary,
        Themes = [.. content.Themes],
        Publics = [.. content.Publics],
        RegionCode = content.Territory.RegionCode,
        DepartementCode = content.Territory.DepartementCode,
        Stage = content.Stage,
    };
}
