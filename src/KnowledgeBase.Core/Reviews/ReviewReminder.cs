namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// A reminder sent to a reviewer. One row per assignment, kind and due date, under a unique
/// index: written in the same transaction as the notification, it guarantees that the same
/// reminder never goes twice, even with several web nodes running the job. A new due date
/// allows new reminders.
/// </summary>
public class ReviewReminder
{
    public long Id { get; set; }
    public long AssignmentId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTime SentAt { get; set; }
}

public enum ReminderKind
{
    /// <summary>A few days before the due date.</summary>
    BeforeDue,
    /// <summary>Once the due date has passed.</summary>
    Overdue,
}
