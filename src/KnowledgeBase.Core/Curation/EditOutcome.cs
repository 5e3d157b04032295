namespace KnowledgeBase.Core.Curation;

/// <summary>How a curation change ended: done, or refused with French reasons per field.</summary>
public sealed record EditOutcome(OutcomeKind Kind, IReadOnlyList<ContentProblem> Problems)
{
    public static EditOutcome Done { get; } = new(OutcomeKind.Done, []);
    public static EditOutcome NotFound { get; } = new(OutcomeKind.NotFound, []);
    public static EditOutcome Forbidden { get; } = new(OutcomeKind.Forbidden, []);

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static EditOutcome Invalid(string field, string message) => new(OutcomeKind.Invalid, [new ContentProblem(field, message)]);

    public static EditOutcome Invalid(IReadOnlyList<ContentProblem> problems) => new(OutcomeKind.Invalid, problems);
}
