using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Features.Feedback;

/// <summary>The feedback section of a published write-up's page: feedback, territories that reproduced it, the form.</summary>
public sealed class FeedbackSectionViewComponent(FeedbackSharing feedbacks) : ViewComponent
{
    public IViewComponentResult Invoke(Initiative initiative)
    {
        var actor = Actor.From(UserClaimsPrincipal);
        return View("_FeedbackSection",
            new FeedbackSectionModel(initiative.Slug, feedbacks.Thread(initiative.Id, actor), actor is not null));
    }
}

public sealed record FeedbackSectionModel(string Slug, FeedbackThread Thread, bool SignedIn);
