namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// One round of peer evaluation of a write-up: the revision under review, the reviewers
/// assigned to it, and the editor's decision that closes it. Requesting changes closes the
/// round; the next submission sent to review opens round n + 1.
/// </summary>
public class ReviewRound
{
    public long Id { get; set; }
    public long InitiativeId { get; set; }

    /// <summary>1, 2, 3… within the write-up.</summary>
    public int Number { get; set; }

    /// <summary>The revision the reviewers evaluate (authors cannot edit while under review).</summary>
    public long RevisionId { get; set; }
    public Revision? Revision { get; set; }

    public DateTime OpenedAt { get; set; }
    public string? OpenedById { get; set; }

    public DateTime? ClosedAt { get; set; }
    public ReviewDecision? Decision { get; set; }
    /// <summary>The evidence level set when the decision was to publish.</summary>
    public EvidenceLevel? Evidence { get; set; }
    public string? DecidedById { get; set; }

    public List<ReviewAssignment> Assignments { get; set; } = [];

    public bool IsOpen => ClosedAt is null;
}

/// <summary>How the editor closed a round.</summary>
public enum ReviewDecision
{
    Publish,
    RequestChanges,
    Reject,
}
