using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>
/// The evidence badge of a published write-up: its level, and when peers evaluated the
/// published version, how many reviews and the mean per criterion (nothing about who).
/// </summary>
public sealed class EvidenceBadgeViewComponent(ReviewSummaries summaries) : ViewComponent
{
    public IViewComponentResult Invoke(Initiative initiative) =>
        View("_EvidenceBadge", new EvidenceBadgeModel(initiative.EvidenceLevel, summaries.ForPublishedRevision(initiative.Id)));
}

public sealed record EvidenceBadgeModel(EvidenceLevel Level, PublicReviewSummary? Reviews);
