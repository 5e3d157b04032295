namespace KnowledgeBase.Core.Taxonomy;

/// <summary>
/// A group of equivalent sector expressions (an acronym, its full name, former names) that the
/// search applies to queries: searching one finds the others. Imported from
/// content/taxonomy/synonyms.yml, edited in the site, exported back there.
/// </summary>
public class SynonymGroup
{
    public const int MaxExpressions = 20;
    public const int ExpressionMaxLength = 100;

    public long Id { get; set; }

    /// <summary>Order of appearance in the file and on the editors' page.</summary>
    public int Position { get; set; }

    public List<string> Expressions { get; set; } = [];
}
