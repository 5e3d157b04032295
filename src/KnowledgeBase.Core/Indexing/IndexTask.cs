namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Outbox row: "this write-up's public state may have changed". Written in the same
/// SaveChanges as the change; each node's indexer applies tasks after its checkpoint, in id
/// order, and reloads the write-up's current state, so the kind of change need not be stored.
/// </summary>
public class IndexTask
{
    public long Id { get; set; }
    public long InitiativeId { get; set; }
    public DateTime CreatedAt { get; set; }
}
