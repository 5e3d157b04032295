namespace KnowledgeBase.Core.Reviews;

/// <summary>The "Reviews" configuration section.</summary>
public sealed class ReviewOptions
{
    /// <summary>How many days before the due date reviewers get a reminder.</summary>
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>How often the reminders job looks for reminders to send.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Submitted reviews needed before publishing with a peer-evaluated evidence level.</summary>
    public int MinimumReviews { get; set; } = 2;

    /// <summary>Days between the assignment and the due date proposed by default.</summary>
    public int DefaultDueInDays { get; set; } = 21;
}
