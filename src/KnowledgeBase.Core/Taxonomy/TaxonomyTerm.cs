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
    /// <summary>Order of appearance in the file and in the site's lists.</summary>
    public int Position { get; set; }

    /// <summary>
    /// Retired by an editor: offered no more to new write-ups, still shown (label, links) on
    /// the write-ups that carry it.
    /// </summary>
    public DateTime? RetiredAt { get; set; }

    /// <summary>
    /// Merged into the term of the same vocabulary with this slug: write-ups carrying this one
    /// are read as carrying that one, and its addresses redirect there (decision 014).
    /// </summary>
    public string? MergedIntoSlug { get; set; }

    /// <summary>Offered to new write-ups: neither retired nor merged.</summary>
    public bool IsActive => RetiredAt is null && MergedIntoSlug is null;

    public string Label(bool english) => english ? LabelEn : LabelFr;
    public string? Description(bool english) => english ? DescriptionEn : DescriptionFr;
}
