namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// One immutable saved state of a write-up's content. Every save adds a revision; none is
/// ever updated, so any two can be compared.
/// </summary>
public class Revision
{
    public long Id { get; set; }
    public long InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }

    /// <summary>1, 2, 3… within the write-up.</summary>
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Account that saved it; null for imports and deleted accounts.</summary>
    public string? SavedById { get; set; }

    /// <summary>Hash of the content, so an unchanged re-import adds no revision.</summary>
    public required string ContentHash { get; set; }

    public required InitiativeContent Content { get; set; }
}
