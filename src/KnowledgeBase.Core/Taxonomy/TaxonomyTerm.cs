namespace KnowledgeBase.Core.Taxonomy;

/// <summary>A value of a controlled vocabulary (themes, publics, stages…), from content/taxonomy.</summary>
public class TaxonomyTerm
{
    public long Id { get; set; }
    /// <summary>The vocabulary: the file name without extension, e.g. "themes".</summary>
    public required string Kind { get; set; }
    public required string Slug { get; set; }
    public required string LabelFr { get; set; }
    public required string LabelEn { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    /// <summary>Order of appearance in the file.</summary>
    public int Position { get; set; }

    public string Label(bool english) => english ? LabelEn : LabelFr;
    public string? Description(bool english) => english ? DescriptionEn : DescriptionFr;
}
