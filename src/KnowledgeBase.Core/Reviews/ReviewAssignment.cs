namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// A reviewer invited to evaluate a write-up in one round, with a due date. The reviewer
/// accepts (declaring no conflict of interest) or declines with a reason, then writes the review.
/// </summary>
public class ReviewAssignment
{
    public long Id { get; set; }
    public long RoundId { get; set; }
    public ReviewRound? Round { get; set; }

    /// <summary>Copied from the round, so that a reviewer's list needs no join.</summary>
    public long InitiativeId { get; set; }

    public required string ReviewerId { get; set; }
    public string? InvitedById { get; set; }
    public DateTime InvitedAt { get; set; }
    public DateOnly DueDate { get; set; }

    public AssignmentState State { get; set; } = AssignmentState.Invited;
    public DateTime? RespondedAt { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>When the reviewer declared, on accepting, that they have no conflict of interest.</summary>
    public DateTime? NoConflictDeclaredAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public Review? Review { get; set; }

    /// <summary>Optimistic concurrency token: a reviewer answering while the editor withdraws them cannot both win.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Waiting for the reviewer: invited or accepted, not yet submitted.</summary>
    public bool IsOpen => State is AssignmentState.Invited or AssignmentState.Accepted;

    public bool IsOverdue(DateOnly today) => IsOpen && today > DueDate;
}

public enum AssignmentState
{
    Invited,
    Accepted,
    Declined,
    Submitted,
    /// <summary>The editor withdrew the invitation, or decided before the review came in.</summary>
    Withdrawn,
}
