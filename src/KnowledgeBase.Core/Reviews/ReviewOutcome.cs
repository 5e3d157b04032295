namespace KnowledgeBase.Core.Reviews;

/// <summary>What is wrong with one field of a review form, in French.</summary>
/// <param name="Field">The form field's name (e.g. "DueDate", "Scores[pertinence].Score").</param>
/// <param name="Message">A French sentence for the person who filled the form.</param>
public sealed record ReviewProblem(string Field, string Message);

/// <summary>How an evaluation action ended (the kinds are those of the workflow: 404, 403, 409, 422…).</summary>
public sealed record ReviewOutcome(OutcomeKind Kind, IReadOnlyList<ReviewProblem> Problems)
{
    public bool Succeeded => Kind == OutcomeKind.Done;
    public static readonly ReviewOutcome Done = new(OutcomeKind.Done, []);
    public static ReviewOutcome Of(OutcomeKind kind) => new(kind, []);
    public static ReviewOutcome Invalid(IReadOnlyList<ReviewProblem> problems) => new(OutcomeKind.Invalid, problems);
    public static ReviewOutcome Invalid(string field, string message) => new(OutcomeKind.Invalid, [new ReviewProblem(field, message)]);
    public static ReviewOutcome NotAllowed(string message) => new(OutcomeKind.NotAllowed, [new ReviewProblem("", message)]);
}
