namespace KnowledgeBase.Core.Workflow;

/// <summary>How a save or a workflow action ended.</summary>
public enum OutcomeKind
{
    Done,
    /// <summary>Unknown id, or not visible to this person (answer 404: existence must not leak).</summary>
    NotFound,
    /// <summary>The person may see it but not do this (answer 403).</summary>
    Forbidden,
    /// <summary>Someone else changed the write-up since the form was loaded.</summary>
    Conflict,
    /// <summary>The content lacks required fields (see <see cref="WorkflowOutcome.Problems"/>).</summary>
    Invalid,
    /// <summary>The action is not allowed from the current state.</summary>
    NotAllowed,
    /// <summary>Nothing was saved: the content holds values no revision may keep (see <see cref="WorkflowOutcome.Problems"/>).</summary>
    Refused,
}

public sealed record WorkflowOutcome(OutcomeKind Kind, Initiative? Initiative = null, IReadOnlyList<ContentProblem>? Problems = null)
{
    public bool Succeeded => Kind == OutcomeKind.Done;
    public static WorkflowOutcome Of(OutcomeKind kind) => new(kind);
}
