using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>On the editors' dashboard: overdue reviews, and feedback waiting for moderation.</summary>
public sealed class ReviewDashboardViewComponent(ReviewSummaries summaries, FeedbackModeration moderation) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        View("_ReviewDashboard",
            new ReviewDashboardModel(summaries.Overdue(), moderation.WaitingCount(), UserClaimsPrincipal.IsInRole(Roles.Admin)));
}

public sealed record ReviewDashboardModel(IReadOnlyList<OverdueReview> Overdue, int FeedbackWaiting, bool IsAdmin);
