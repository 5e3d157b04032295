using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>
/// The peer-evaluation section of a write-up's back-office page: for editors, the rounds with
/// named reviewers and links to assign and decide; for the author, the reviews of decided rounds,
/// anonymised.
/// </summary>
public sealed class ReviewPanelViewComponent(ReviewDecisions decisions, ReviewerInvitations assignments, ReviewSummaries summaries) : ViewComponent
{
    public IViewComponentResult Invoke(Initiative initiative)
    {
        if (Actor.From(UserClaimsPrincipal) is not { } actor) return Content("");
        if (actor.IsEditor)
        {
            var page = decisions.Page(initiative.Id, actor);
            var previous = initiative.State == WorkflowState.UnderReview ? assignments.PreviousReviewerCount(initiative.Id, actor) : 0;
            return View("_EditorPanel", new EditorPanelModel(initiative, page!, previous, assignments.DefaultDueDate));
        }
        var rounds = summaries.ForAuthor(initiative.Id, actor);
        return rounds is null ? Content("") : View("_AuthorPanel", rounds);
    }
}

public sealed record EditorPanelModel(Initiative Initiative, DecisionPage Page, int PreviousReviewers, DateOnly DefaultDueDate);
