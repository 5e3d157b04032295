namespace KnowledgeBase.Core.Feedback;

/// <summary>
/// A practitioner's feedback on a published write-up ("retour d'expérience"): "we reproduced
/// it" with their territory and the outcome, a question, or a remark. A member's first
/// feedback waits for an editor; feedback reported by enough members is hidden until an editor
/// decides.
/// </summary>
public class PractitionerFeedback
{
    public const int TextMaxLength = 4000;
    public const int CommuneMaxLength = 150;

    public long Id { get; set; }
    public long InitiativeId { get; set; }

    /// <summary>The member who wrote it; null once their account is deleted.</summary>
    public string? AuthorId { get; set; }

    public FeedbackKind Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>For "reproduced": the département where it was reproduced (official code).</summary>
    public string? DepartementCode { get; set; }
    /// <summary>For "reproduced": the commune or territory, optional.</summary>
    public string? Commune { get; set; }
    public ReproductionOutcome? Outcome { get; set; }

    public FeedbackState State { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The editor's latest decision; reports made before it no longer count.</summary>
    public DateTime? ModeratedAt { get; set; }
    public string? ModeratedById { get; set; }

    public List<FeedbackReport> Reports { get; set; } = [];
}

public enum FeedbackKind
{
    /// <summary>"Nous l'avons reproduite."</summary>
    Reproduced,
    Question,
    Remark,
}

public enum ReproductionOutcome
{
    Ongoing,
    Successful,
    Mixed,
    Abandoned,
}

public enum FeedbackState
{
    /// <summary>A member's first feedback, waiting for an editor.</summary>
    Pending,
    Visible,
    /// <summary>Reported by enough members: hidden until an editor restores or hides it.</summary>
    HiddenByReports,
    /// <summary>Hidden by an editor.</summary>
    Hidden,
}

/// <summary>A member reporting a feedback (once per member and feedback).</summary>
public class FeedbackReport
{
    public const int ReasonMaxLength = 500;

    public long Id { get; set; }
    public long FeedbackId { get; set; }
    public PractitionerFeedback? Feedback { get; set; }
    public required string ReporterId { get; set; }
    public string? Reason { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The "Feedback" configuration section.</summary>
public sealed class FeedbackOptions
{
    /// <summary>Reports (by distinct members, since the last editor decision) that hide a feedback.</summary>
    public int HideAfterReports { get; set; } = 3;
}
