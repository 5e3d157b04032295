using KnowledgeBase.Web.Features.Shared;
using System.Globalization;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>The editors' review pages for one write-up: assigning reviewers, and the reviews side by side with the decision.</summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class ReviewRoundsController(ReviewerInvitations assignments, ReviewDecisions decisions) : Controller
{
    private const string AssignView = "Assign";
    private const string DecisionView = "Decision";

    [HttpGet("/gestion/fiches/{id:long}/evaluateurs")]
    public IActionResult Assign(long id) =>
        assignments.Page(id, Actor.From(User)!) is { } page ? View(AssignView, new AssignViewModel(page)) : NotFound();

    [HttpPost("/gestion/fiches/{id:long}/evaluateurs")]
    public IActionResult Invite(long id, List<string>? selected, Dictionary<string, string>? due)
    {
        var actor = Actor.From(User)!;
        selected ??= [];
        due ??= [];
        var invitations = selected.Select(reviewer => new Invitation(reviewer, ParseDate(due.GetValueOrDefault(reviewer)))).ToList();
        var outcome = assignments.Assign(id, invitations, actor);
        if (outcome.Succeeded)
        {
            TempData.SetFlash(invitations.Count == 1 ? "Invitation envoyée." : "Invitations envoyées.");
            return Redirect($"/gestion/fiches/{id}");
        }
        return RefusedAssign(id, outcome, outcome.Problems, selected, due);
    }

    [HttpPost("/gestion/fiches/{id:long}/evaluateurs/reinviter")]
    public IActionResult Reinvite(long id, string? dueDate)
    {
        var date = ParseDate(dueDate);
        if (date is null)
        {
            // The message must reach the page: it was dropped here, and the page came back silent.
            var invalid = ReviewOutcome.Invalid("", "Indiquez une date limite valide pour les réinvitations.");
            return RefusedAssign(id, invalid, invalid.Problems, [], []);
        }
        var (outcome, _, leftOut) = assignments.ReinvitePrevious(id, date.Value, Actor.From(User)!);
        if (!outcome.Succeeded) return RefusedAssign(id, outcome, outcome.Problems.Concat(leftOut).DistinctBy(p => p.Message).ToList(), [], []);
        TempData.SetFlash("Évaluateurs du tour précédent réinvités.");
        if (leftOut.Count > 0) TempData.SetFlashDetails(leftOut.Select(p => p.Message));
        return Redirect($"/gestion/fiches/{id}");
    }

    [HttpPost("/gestion/fiches/{id:long}/evaluateurs/{assignmentId:long}/retirer")]
    public IActionResult Withdraw(long id, long assignmentId)
    {
        var outcome = assignments.Withdraw(id, assignmentId, Actor.From(User)!);
        if (outcome.Succeeded)
        {
            TempData.SetFlash("Invitation retirée.");
            return Redirect($"/gestion/fiches/{id}");
        }
        return RefusedAssign(id, outcome, outcome.Problems, [], []);
    }

    [HttpGet("/gestion/fiches/{id:long}/evaluations")]
    public IActionResult Decision(long id) =>
        decisions.Page(id, Actor.From(User)!) is { } page ? View(DecisionView, new DecisionViewModel(page)) : NotFound();

    [HttpPost("/gestion/fiches/{id:long}/decision")]
    public IActionResult Decide(long id, Guid version, string? decision, string? evidence, string? message)
    {
        if (!ModelState.IsValid) return BadRequest();
        var actor = Actor.From(User)!;
        var chosen = Enum.TryParse<ReviewDecision>(decision, out var d) && Enum.IsDefined(d) ? d : (ReviewDecision?)null;
        var outcome = chosen is null
            ? ReviewOutcome.Invalid("Decision", "Choisissez une décision.")
            : decisions.Decide(id, version, chosen.Value, EvidenceLevels.FromSlug(evidence), message, actor);
        if (outcome.Succeeded)
        {
            TempData.SetFlash(ReviewTexts.DecisionSentence(chosen!.Value));
            return Redirect($"/gestion/fiches/{id}");
        }
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Kind == OutcomeKind.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        foreach (var problem in outcome.Problems) ModelState.AddModelError(problem.Field, problem.Message);
        var page = decisions.Page(id, actor);
        if (page is null) return NotFound();
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View(DecisionView, new DecisionViewModel(page) { TypedDecision = chosen, TypedEvidence = evidence, TypedMessage = message });
    }

    private IActionResult RefusedAssign(long id, ReviewOutcome outcome, IReadOnlyList<ReviewProblem> problems, List<string> selected,
        Dictionary<string, string> due)
    {
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Kind == OutcomeKind.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        var page = assignments.Page(id, Actor.From(User)!);
        if (page is null) return NotFound();
        foreach (var problem in problems)
            ModelState.AddModelError(page.Candidates.Any(c => c.Id == problem.Field) ? $"due[{problem.Field}]" : "", problem.Message);
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View(AssignView, new AssignViewModel(page) { Selected = selected, TypedDue = due });
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

public sealed record AssignViewModel(AssignmentPage Page)
{
    public IReadOnlyList<string> Selected { get; init; } = [];
    public IReadOnlyDictionary<string, string> TypedDue { get; init; } = new Dictionary<string, string>();

    public string DueFor(string reviewerId) =>
        TypedDue.GetValueOrDefault(reviewerId) ?? Page.DefaultDueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record DecisionViewModel(DecisionPage Page)
{
    public ReviewDecision? TypedDecision { get; init; }
    public string? TypedEvidence { get; init; }
    public string? TypedMessage { get; init; }
}
