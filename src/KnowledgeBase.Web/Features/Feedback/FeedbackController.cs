using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Feedback;

/// <summary>Practitioners' feedback: posting and reporting (members), the moderation queue (editors).</summary>
[Authorize]
public sealed class FeedbackController(PublishedInitiatives published, FeedbackSharing feedbacks, FeedbackModeration moderation) : Controller
{
    [HttpGet("/initiatives/{slug}/retours/nouveau")]
    public IActionResult New(string slug) =>
        published.Find(slug) is { } found ? View(new FeedbackFormPage(found.Initiative.Slug, found.Content.Title, new FeedbackForm())) : NotFound();

    [HttpPost("/initiatives/{slug}/retours")]
    public IActionResult Post(string slug, FeedbackForm form)
    {
        if (published.Find(slug) is not { } found) return NotFound();
        var outcome = feedbacks.Post(found.Initiative.Id, form.ToInput(), Actor.From(User)!);
        if (outcome.Succeeded)
        {
            TempData.SetFlash(outcome.State == FeedbackState.Pending
                ? "Merci ! Votre premier retour sera publié après relecture par l'équipe éditoriale."
                : "Merci ! Votre retour est publié.", FlashPlace.Feedback);
            return Redirect($"/initiatives/{slug}#retours");
        }
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        foreach (var problem in outcome.Problems) ModelState.AddModelError(problem.Field, problem.Message);
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("New", new FeedbackFormPage(found.Initiative.Slug, found.Content.Title, form));
    }

    [HttpPost("/initiatives/{slug}/retours/{id:long}/signaler")]
    public IActionResult Report(string slug, long id, string? reason)
    {
        if (published.Find(slug) is not { } found) return NotFound();
        var outcome = feedbacks.Report(found.Initiative.Id, id, reason, Actor.From(User)!);
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Done:
                TempData.SetFlash("Merci : votre signalement est transmis à l'équipe éditoriale.", FlashPlace.Feedback);
                return Redirect($"/initiatives/{slug}#retours");
            default:
                // Reporting one's own feedback, or a reason too long: said on the page, nothing recorded.
                TempData.SetFlash(outcome.Problems.FirstOrDefault()?.Message ?? "Ce signalement n'a pas pu être enregistré.", FlashPlace.Feedback);
                return Redirect($"/initiatives/{slug}#retours");
        }
    }

    [HttpGet("/gestion/retours")]
    [Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
    public IActionResult Moderation() => View(moderation.Queue());

    [HttpPost("/gestion/retours/{id:long}")]
    [Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
    public IActionResult Decide(long id, string? decision)
    {
        if (decision is not ("publish" or "hide")) return BadRequest();
        var outcome = moderation.Decide(id, decision == "publish", Actor.From(User)!);
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Kind == OutcomeKind.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        TempData.SetFlash(decision == "publish" ? "Retour publié." : "Retour masqué.");
        return Redirect("/gestion/retours");
    }
}

/// <summary>The feedback form as posted; choices arrive as text so that any input gets a French message.</summary>
public sealed class FeedbackForm
{
    public string? Kind { get; set; }
    public string? Text { get; set; }
    public string? DepartementCode { get; set; }
    public string? Commune { get; set; }
    public string? Outcome { get; set; }

    public FeedbackInput ToInput() => new(Parse<FeedbackKind>(Kind), Text, DepartementCode, Commune, Parse<ReproductionOutcome>(Outcome));

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}

public sealed record FeedbackFormPage(string Slug, string Title, FeedbackForm Form);
