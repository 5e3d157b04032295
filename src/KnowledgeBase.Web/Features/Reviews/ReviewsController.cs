using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>
/// The reviewer's pages: their inbox, and each of their own assignments (answer the invitation,
/// write the review). Someone else's assignment id answers 404, as if it did not exist.
/// </summary>
[Authorize]
public sealed class ReviewsController(ReviewerInbox inbox, MarkdownRenderer markdown) : Controller
{
    [HttpGet("/evaluations")]
    public IActionResult Inbox() => View(inbox.Items(Actor.From(User)!.MemberId));

    [HttpGet("/evaluations/{id:long}")]
    public IActionResult Assignment(long id) =>
        inbox.Open(id, Actor.From(User)!) is { } view ? View(AssignmentViewModel.From(view, markdown)) : NotFound();

    [HttpPost("/evaluations/{id:long}/accepter")]
    public IActionResult Accept(long id, string? declaresNoConflict)
    {
        var outcome = inbox.Accept(id, declaresNoConflict == "true", Actor.From(User)!);
        return outcome.Succeeded ? Done(id, "Invitation acceptée : vous pouvez rédiger votre évaluation.") : Refused(id, outcome);
    }

    [HttpPost("/evaluations/{id:long}/decliner")]
    public IActionResult Decline(long id, string? reason)
    {
        var outcome = inbox.Decline(id, reason, Actor.From(User)!);
        return outcome.Succeeded ? Done(id, "Invitation déclinée. Merci d'avoir répondu.") : Refused(id, outcome, typedReason: reason);
    }

    [HttpPost("/evaluations/{id:long}")]
    public IActionResult Save(long id, ReviewForm form, string? command)
    {
        var submit = command == "submit";
        var outcome = inbox.Save(id, form.ToDraft(), submit, Actor.From(User)!);
        if (outcome.Succeeded)
            return Done(id, submit ? "Évaluation remise. Merci !" : "Brouillon enregistré.");
        return Refused(id, outcome, form);
    }

    private RedirectResult Done(long id, string flash)
    {
        TempData.SetFlash(flash);
        return Redirect($"/evaluations/{id}");
    }

    private IActionResult Refused(long id, ReviewOutcome outcome, ReviewForm? form = null, string? typedReason = null)
    {
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Kind == OutcomeKind.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        foreach (var problem in outcome.Problems) ModelState.AddModelError(problem.Field, problem.Message);
        var view = inbox.Open(id, Actor.From(User)!);
        if (view is null) return NotFound();
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Assignment", AssignmentViewModel.From(view, markdown) with { Typed = form, TypedReason = typedReason });
    }
}
