namespace KnowledgeBase.Core.Curation;

/// <summary>
/// A write-up or a dossier the editors show "À la une" on the home page, at a place in their
/// order, until an optional last day. Exactly one of <see cref="InitiativeId"/> and
/// <see cref="DossierId"/> is set.
/// </summary>
public class FeaturedItem
{
    public long Id { get; set; }
    public long? InitiativeId { get; set; }
    public long? DossierId { get; set; }

    /// <summary>1, 2, 3… on the home page.</summary>
    public int Position { get; set; }

    /// <summary>Last day it is shown (inclusive, UTC); null: until removed.</summary>
    public DateOnly? EndsOn { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
}
