namespace KnowledgeBase.Core.Feedback;

/// <summary>What is wrong with one field of the feedback form, in French.</summary>
public sealed record FeedbackProblem(string Field, string Message);

/// <summary>How posting, reporting or moderating ended; <see cref="State"/> is the feedback's state afterwards.</summary>
public sealed record FeedbackOutcome(OutcomeKind Kind, IReadOnlyList<FeedbackProblem> Problems, FeedbackState? State = null)
{
    public bool Succeeded => Kind == OutcomeKind.Done;
    public static FeedbackOutcome Of(OutcomeKind kind) => new(kind, []);
    public static FeedbackOutcome Done(FeedbackState state) => new(OutcomeKind.Done, [], state);
    public static FeedbackOutcome NotAllowed(string message) => new(OutcomeKind.NotAllowed, [new FeedbackProblem("", message)]);
}
