using System.Globalization;
using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>
/// The review form as posted. Scores arrive as text so that a tampered value is reported as a
/// score out of range instead of failing model binding.
/// </summary>
public sealed class ReviewForm
{
    public Dictionary<string, CriterionField> Scores { get; set; } = [];
    public string? Recommendation { get; set; }
    public string? GeneralComment { get; set; }
    public string? ConfidentialNote { get; set; }

    public ReviewDraft ToDraft() => new(
        Scores.ToDictionary(p => p.Key, p => new CriterionInput(ParseScore(p.Value.Score), p.Value.Comment)),
        Enum.TryParse<Recommendation>(Recommendation, out var r) && Enum.IsDefined(r) ? r : null,
        GeneralComment,
        ConfidentialNote);

    public static ReviewForm From(Review review) => new()
    {
        Scores = review.Scores.ToDictionary(s => s.CriterionKey, s => new CriterionField { Score = s.Score?.ToString(CultureInfo.InvariantCulture), Comment = s.Comment }),
        Recommendation = review.Recommendation?.ToString(),
        GeneralComment = review.GeneralComment,
        ConfidentialNote = review.ConfidentialNote,
    };

    private static int? ParseScore(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}

public sealed class CriterionField
{
    public string? Score { get; set; }
    public string? Comment { get; set; }
}
