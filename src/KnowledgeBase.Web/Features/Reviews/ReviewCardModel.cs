using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>
/// A review shown read-only. Built from an <see cref="AnonymisedReview"/> for authors and other
/// reviewers (no name, no confidential note), or from the reviewer's own review.
/// </summary>
public sealed record ReviewCardModel(string Label, EvaluationGrid Grid, IReadOnlyList<AnonymisedScore> Scores, Recommendation? Recommendation,
    string? GeneralComment, string? ConfidentialNote = null)
{
    public static ReviewCardModel Anonymised(AnonymisedReview review, EvaluationGrid grid) =>
        new(review.Label, grid, review.Scores, review.Recommendation, review.GeneralComment);

    public static ReviewCardModel Own(Review review, EvaluationGrid grid) =>
        new("Votre évaluation", grid, review.Scores.Select(s => new AnonymisedScore(s.CriterionKey, s.Score, s.Comment)).ToList(),
            review.Recommendation, review.GeneralComment, review.ConfidentialNote);
}
