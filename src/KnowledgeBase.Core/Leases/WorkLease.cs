namespace KnowledgeBase.Core.Leases;

/// <summary>
/// The right to do one named piece of work (the reviewers' reminders, the mail outbox) on
/// behalf of every node, held by one node until <see cref="ExpiresAt"/>. Several web nodes
/// share one database; each runs the same workers, and the lease decides which one works.
/// </summary>
public class WorkLease
{
    public const int NameMaxLength = 100;
    public const int HolderMaxLength = 200;

    /// <summary>The work, e.g. "review-reminders".</summary>
    public string Name { get; set; } = "";

    /// <summary>The node that holds it (<c>node name/instance</c>).</summary>
    public string Holder { get; set; } = "";

    public DateTime AcquiredAt { get; set; }

    /// <summary>Until when the holder may work without renewing; after it, any node may take it.</summary>
    public DateTime ExpiresAt { get; set; }
}
