namespace KnowledgeBase.Core.Workflow;

/// <summary>
/// The workflow of PRODUCT.md as one table: from which state, which action, by whom, to which
/// state. Every other part of the code asks this table; none repeats it.
/// </summary>
public static class WorkflowRules
{
    public sealed record Transition(WorkflowState From, WorkflowAction Action, WorkflowActor Actor, WorkflowState To);

    public static readonly IReadOnlyList<Transition> Table =
    [
        new(WorkflowState.Draft, WorkflowAction.Submit, WorkflowActor.Author, WorkflowState.Submitted),
        new(WorkflowState.ChangesRequested, WorkflowAction.Submit, WorkflowActor.Author, WorkflowState.Submitted),

        new(WorkflowState.Submitted, WorkflowAction.SendToReview, WorkflowActor.Editor, WorkflowState.UnderReview),
        new(WorkflowState.Submitted, WorkflowAction.RequestChanges, WorkflowActor.Editor, WorkflowState.ChangesRequested),
        new(WorkflowState.Submitted, WorkflowAction.Reject, WorkflowActor.Editor, WorkflowState.Rejected),
        new(WorkflowState.Submitted, WorkflowAction.Publish, WorkflowActor.Editor, WorkflowState.Published),

        new(WorkflowState.UnderReview, WorkflowAction.Publish, WorkflowActor.Editor, WorkflowState.Published),
        new(WorkflowState.UnderReview, WorkflowAction.RequestChanges, WorkflowActor.Editor, WorkflowState.ChangesRequested),
        new(WorkflowState.UnderReview, WorkflowAction.Reject, WorkflowActor.Editor, WorkflowState.Rejected),

        new(WorkflowState.Published, WorkflowAction.Archive, WorkflowActor.Editor, WorkflowState.Archived),
        new(WorkflowState.Archived, WorkflowAction.Restore, WorkflowActor.Editor, WorkflowState.Published),

        new(WorkflowState.Published, WorkflowAction.Revise, WorkflowActor.Author, WorkflowState.Draft),
        new(WorkflowState.Rejected, WorkflowAction.Revise, WorkflowActor.Author, WorkflowState.Draft),
    ];

    /// <summary>The transition for this action from this state, or null when it is not allowed.</summary>
    public static Transition? Find(WorkflowState from, WorkflowAction action) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action);

    /// <summary>What <paramref name="actor"/> may do from <paramref name="from"/>.</summary>
    public static IEnumerable<Transition> AllowedFrom(WorkflowState from, WorkflowActor actor) =>
        Table.Where(t => t.From == from && t.Actor == actor);

    /// <summary>States in which the author saves changes directly into the working revision.</summary>
    public static bool AuthorCanEdit(WorkflowState state) =>
        state is WorkflowState.Draft or WorkflowState.ChangesRequested;

    /// <summary>States in which saving first needs <see cref="WorkflowAction.Revise"/>.</summary>
    public static bool AuthorCanRevise(WorkflowState state) => Find(state, WorkflowAction.Revise) is not null;

    /// <summary>Whether moving between these states can change what the public sees (and the search index).</summary>
    public static bool ChangesPublicState(Transition t) =>
        t.From is WorkflowState.Published or WorkflowState.Archived || t.To is WorkflowState.Published or WorkflowState.Archived;
}
