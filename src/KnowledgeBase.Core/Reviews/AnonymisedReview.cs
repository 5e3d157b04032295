namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// A submitted review as authors (and the other reviewers) see it: no reviewer, no assignment,
/// no confidential note and no exact time – the type has nowhere to put them, so no page built
/// from it can give them away.
/// </summary>
public sealed record AnonymisedReview(
    string Label,
    long GridId,
    IReadOnlyList<AnonymisedScore> Scores,
    Recommendation? Recommendation,
    string? GeneralComment,
    DateOnly SubmittedOn)
{
    /// <summary>"Évaluation A", "Évaluation B"… in order of submission.</summary>
    public static IEnumerable<(Review Review, AnonymisedReview Anonymised)> Of(IEnumerable<Review> submitted) =>
        submitted.Where(r => r.State == ReviewState.Submitted)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select((r, i) => (r, new AnonymisedReview(
                "Évaluation " + (char)('A' + i % 26) + (i >= 26 ? (i / 26).ToString() : ""),
                r.GridId,
                r.Scores.Select(s => new AnonymisedScore(s.CriterionKey, s.Score, s.Comment)).ToList(),
                r.Recommendation,
                r.GeneralComment,
                DateOnly.FromDateTime(r.SubmittedAt ?? r.UpdatedAt))));
}

public sealed record AnonymisedScore(string CriterionKey, int? Score, string? Comment);
