namespace KnowledgeBase.Core.Selections;

/// <summary>A write-up a member keeps in their personal selection ("Ma sélection") to follow it.</summary>
public class SelectionItem
{
    public long Id { get; set; }
    public required string MemberId { get; set; }
    public long InitiativeId { get; set; }
    public DateTime AddedAt { get; set; }
}
