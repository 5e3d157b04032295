namespace KnowledgeBase.Core.Workflow;

/// <summary>One recorded move of a write-up between states: who, when, from, to, and why.</summary>
public class WorkflowTransition
{
    public long Id { get; set; }
    public long InitiativeId { get; set; }
    public WorkflowState From { get; set; }
    public WorkflowState To { get; set; }
    /// <summary>Null for the system (content import).</summary>
    public string? ActorId { get; set; }
    public DateTime At { get; set; }
    public string? Message { get; set; }
}
