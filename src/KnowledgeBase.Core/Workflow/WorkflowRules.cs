namespace KnowledgeBase.Core.Workflow;

/// <summary>
/// The workflow of PRODUCT.md as one table: from which state, which action, by whom, to which
/// state. Every other part of the code asks this table; none repeats it.
/// </summary>
public static class WorkflowRules
{
    /// <summary>One allowed move (not to be confused with <see cref="WorkflowTransition"/>, a move that happened).</summary>
    public sealed record Rule(WorkflowState From, WorkflowAction Action, WorkflowActor Actor, WorkflowState To);

    public static readonly IReadOnlyList<Rule> Table =
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
    public static Rule? Find(WorkflowState from, WorkflowAction action) =>
        Table.FirstOrDefault(t => t.From == from && t.Action == action);

    /// <summary>What <paramref name="actor"/> may do from <paramref name="from"/>.</summary>
    public static IEnumerable<Rule> AllowedFrom(WorkflowState from, WorkflowActor actor) =>
        Table.Where(t => t.From == from && t.Actor == actor);

    /// <summary>
    /// The actions a write-up's back-office page offers: what the person may do from this state
    /// as editor and as its author, but not <see cref="WorkflowAction.Revise"/> (saving the form
    /// starts a revision) nor the decisions on a write-up under review (taken on the reviews
    /// page, which closes the round).
    /// </summary>
    public static IReadOnlyList<WorkflowAction> OfferedOnBackOffice(WorkflowState from, bool isEditor, bool isOwner) =>
        from == WorkflowState.UnderReview
            ? []
            : [.. (isEditor ? AllowedFrom(from, WorkflowActor.Editor) : [])
                .Concat(isOwner ? AllowedFrom(from, WorkflowActor.Author) : [])
                .Where(t => t.Action != WorkflowAction.Revise)
                .Select(t => t.Action)];

    /// <summary>
    /// The content import publishes what the files say, whatever the write-up's state: the
    /// move to record, or null when it is published already.
    /// </summary>
    public static Rule? Import(WorkflowState from) =>
        from == WorkflowState.Published ? null : new(from, WorkflowAction.Publish, WorkflowActor.Editor, WorkflowState.Published);

    /// <summary>States in which the author saves changes directly into the working revision.</summary>
    public static bool AuthorCanEdit(WorkflowState state) =>
        state is WorkflowState.Draft or WorkflowState.ChangesRequested;

    /// <summary>States in which saving first needs <see cref="WorkflowAction.Revise"/>.</summary>
    public static bool AuthorCanRevise(WorkflowState state) => Find(state, WorkflowAction.Revise) is not null;

    /// <summary>Whether moving between these states can change what the public sees (and the search index).</summary>
    public static bool ChangesPublicState(Rule t) =>
        t.From is WorkflowState.Published or WorkflowState.Archived || t.To is WorkflowState.Published or WorkflowState.Archived;
}
