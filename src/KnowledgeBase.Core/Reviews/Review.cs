namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// A reviewer's evaluation: a score from 1 to 4 and a comment per criterion of the grid version
/// it was made with, a recommendation, a general comment for the author and a confidential note
/// that only editors read. Saved as a draft until submitted; never changed after.
/// </summary>
public class Review
{
    public const int CommentMaxLength = 4000;

    public long Id { get; set; }
    public long AssignmentId { get; set; }
    public ReviewAssignment? Assignment { get; set; }

    /// <summary>The grid version the review was started with; kept even when admins change the grid.</summary>
    public long GridId { get; set; }
    public EvaluationGrid? Grid { get; set; }

    public ReviewState State { get; set; } = ReviewState.Draft;
    public List<ReviewScore> Scores { get; set; } = [];
    public Recommendation? Recommendation { get; set; }

    /// <summary>Sent to the author with the other comments (anonymised).</summary>
    public string? GeneralComment { get; set; }

    /// <summary>For editors only: never shown to authors, other reviewers or the public.</summary>
    public string? ConfidentialNote { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
}

/// <summary>The score and comment of one criterion, by the criterion's key.</summary>
public class ReviewScore
{
    public long Id { get; set; }
    public long ReviewId { get; set; }
    public required string CriterionKey { get; set; }
    /// <summary>1 to 4; null in a draft not yet scored.</summary>
    public int? Score { get; set; }
    public string? Comment { get; set; }
}

public enum ReviewState
{
    Draft,
    Submitted,
}

/// <summary>What the reviewer recommends to the editor.</summary>
public enum Recommendation
{
    Publish,
    PublishAfterChanges,
    Reject,
}
