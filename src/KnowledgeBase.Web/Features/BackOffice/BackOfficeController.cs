using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.BackOffice;

/// <summary>The editors' dashboard and each write-up's back-office page (state, actions, log, revisions).</summary>
[Authorize]
public sealed class BackOfficeController(WorkingInitiatives working, InitiativeWorkflow workflow, Catalog catalog) : Controller
{
    [HttpGet("/gestion")]
    [Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
    public IActionResult Dashboard(QueueFilter filter = QueueFilter.ToHandle) =>
        View(new DashboardViewModel(filter, working.Queue(filter), working.QueueCounts()));

    [HttpGet("/gestion/fiches/{id:long}")]
    public IActionResult Show(long id) =>
        working.Find(id, Actor.From(User)!) is { } initiative ? View(Page(initiative)) : NotFound();

    [HttpPost("/gestion/fiches/{id:long}/actions")]
    public IActionResult Act(long id, WorkflowAction action, Guid version, string? message, string? evidence)
    {
        if (!ModelState.IsValid) return BadRequest();
        var actor = Actor.From(User)!;
        var outcome = workflow.Act(id, version, action, actor, message, EvidenceLevels.FromSlug(evidence));
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                TempData.SetFlash(WorkflowTexts.Describe(action));
                return Redirect($"/gestion/fiches/{id}");
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
        var initiative = working.Find(id, actor)!;
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        var error = outcome.Kind switch
        {
            OutcomeKind.Conflict => "Quelqu'un a agi sur cette fiche entre-temps : voici son état actuel. Votre message est conservé ci-dessous.",
            OutcomeKind.Invalid => "La fiche ne peut pas passer à cette étape : des champs obligatoires manquent.",
            _ => "Cette action n'est pas possible dans l'état actuel de la fiche.",
        };
        return View("Show", Page(initiative) with { Error = error, Problems = outcome.Problems ?? [], TypedMessage = message, TypedAction = action });
    }

    [HttpGet("/gestion/fiches/{id:long}/comparer")]
    public IActionResult Compare(long id, int a, int b)
    {
        var initiative = working.Find(id, Actor.From(User)!);
        if (initiative is null || working.Pair(id, a, b) is not { } pair) return NotFound();
        return View(new CompareViewModel(initiative, RevisionComparison.Of(pair.Older, pair.Newer, catalog)));
    }

    private InitiativeBackOfficeViewModel Page(Initiative initiative)
    {
        var actor = Actor.From(User)!;
        var isOwner = initiative.OwnerId == actor.MemberId;
        var actions = WorkflowRules.OfferedOnBackOffice(initiative.State, actor.IsEditor, isOwner);
        return new InitiativeBackOfficeViewModel(initiative, isOwner, actions, working.Activity(initiative.Id), working.Revisions(initiative.Id));
    }
}

public sealed record DashboardViewModel(QueueFilter Filter, IReadOnlyList<WorkingCard> Items, IReadOnlyDictionary<QueueFilter, int> Counts);

public sealed record InitiativeBackOfficeViewModel(
    Initiative Initiative,
    bool IsOwner,
    IReadOnlyList<WorkflowAction> Actions,
    IReadOnlyList<ActivityEntry> Activity,
    IReadOnlyList<RevisionEntry> Revisions)
{
    public string? Error { get; init; }
    public IReadOnlyList<ContentProblem> Problems { get; init; } = [];
    public string? TypedMessage { get; init; }
    public WorkflowAction? TypedAction { get; init; }
    public bool CanEdit => IsOwner && (WorkflowRules.AuthorCanEdit(Initiative.State) || WorkflowRules.AuthorCanRevise(Initiative.State));
}

public sealed record CompareViewModel(Initiative Initiative, RevisionComparison Comparison);
