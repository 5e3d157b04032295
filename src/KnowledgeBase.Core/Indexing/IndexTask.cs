namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Outbox row: "this write-up's public state may have changed" (what it shows, or what its
/// public page shows, such as its feedback). Written in the same SaveChanges as the change;
/// each node's indexer applies tasks after its checkpoint, in id order, reloads the
/// write-up's current state (so the kind of change need not be stored), and evicts its cached
/// public pages.
/// </summary>
public class IndexTask
{
    public long Id { get; set; }
    public long InitiativeId { get; set; }
    public DateTime CreatedAt { get; set; }
}
