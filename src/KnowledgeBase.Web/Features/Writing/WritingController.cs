using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Writing;

/// <summary>Authors write and submit their write-ups here.</summary>
[Authorize]
public sealed class WritingController(InitiativeWorkflow workflow, WorkingInitiatives working, KnowledgeBase.Core.Taxonomy.Catalog catalog) : Controller
{
    [HttpGet("/fiches/nouvelle")]
    public IActionResult New() => View("Edit", new EditViewModel(null, new InitiativeForm().WithBlankRows()));

    [HttpPost("/fiches/nouvelle")]
    public IActionResult Create(InitiativeForm form, string? command)
    {
        if (command == "add-row" || !ModelState.IsValid) return Redisplay(null, form, ModelState.IsValid ? 200 : 422);
        var actor = Actor.From(User)!;
        var started = workflow.StartDraft(form.ToContent(), actor);
        if (!started.Succeeded) return Refused(started, null, form);
        var initiative = started.Initiative!;
        if (command != "submit")
        {
            TempData.SetFlash("Brouillon enregistré.");
            return Redirect($"/fiches/{initiative.Id}/modifier");
        }
        return Submit(initiative.Id, initiative.Version, form, actor);
    }

    [HttpGet("/fiches/{id:long}/modifier")]
    public IActionResult Edit(long id)
    {
        var actor = Actor.From(User)!;
        var initiative = working.Find(id, actor);
        if (initiative is null) return NotFound();
        if (initiative.OwnerId != actor.MemberId) return StatusCode(StatusCodes.Status403Forbidden);
        return View(new EditViewModel(initiative, InitiativeForm.From(catalog.Canonical(initiative.CurrentRevision!.Content), initiative.Version).WithBlankRows()));
    }

    [HttpPost("/fiches/{id:long}/modifier")]
    public IActionResult Update(long id, InitiativeForm form, string? command)
    {
        var actor = Actor.From(User)!;
        var initiative = working.Find(id, actor);
        if (initiative is null) return NotFound();
        if (initiative.OwnerId != actor.MemberId) return StatusCode(StatusCodes.Status403Forbidden);
        if (command == "add-row" || !ModelState.IsValid) return Redisplay(initiative, form, ModelState.IsValid ? 200 : 422);

        var saved = workflow.Save(id, form.Version, form.ToContent(), actor);
        if (!saved.Succeeded) return Refused(saved, initiative, form);
        if (command != "submit")
        {
            TempData.SetFlash("Modifications enregistrées (nouvelle révision).");
            return Redirect($"/fiches/{id}/modifier");
        }
        return Submit(id, saved.Initiative!.Version, form, actor);
    }

    private IActionResult Submit(long id, Guid version, InitiativeForm form, Actor actor)
    {
        var submitted = workflow.Act(id, version, WorkflowAction.Submit, actor, null);
        if (!submitted.Succeeded) return Refused(submitted, working.Find(id, actor), form);
        TempData.SetFlash("Fiche soumise à l'équipe éditoriale.");
        return Redirect($"/gestion/fiches/{id}");
    }

    private IActionResult Refused(WorkflowOutcome outcome, Core.Initiatives.Initiative? initiative, InitiativeForm form)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound: return NotFound();
            case OutcomeKind.Forbidden: return StatusCode(StatusCodes.Status403Forbidden);
            case OutcomeKind.Conflict:
                ModelState.AddModelError("", "Quelqu'un a modifié cette fiche pendant que vous la rédigiez. Votre texte est conservé ci-dessous : copiez-le, rechargez la page pour voir la dernière version, puis reportez vos changements.");
                return Redisplay(initiative, form, StatusCodes.Status409Conflict);
            case OutcomeKind.Refused:
                ModelState.AddContentProblems("La fiche n'est pas enregistrée : corrigez les valeurs signalées. Votre texte est conservé ci-dessous.", outcome.Problems!, InitiativeForm.FieldOf);
                return Redisplay(initiative, form, StatusCodes.Status422UnprocessableEntity);
            case OutcomeKind.Invalid:
                ModelState.AddContentProblems("La fiche est enregistrée, mais elle ne peut pas encore être soumise : complétez les champs signalés.", outcome.Problems!, InitiativeForm.FieldOf);
                // The save succeeded: the form must carry the new version.
                form.Version = outcome.Initiative!.Version;
                ModelState.Remove(nameof(InitiativeForm.Version));
                return Redisplay(outcome.Initiative, form, StatusCodes.Status422UnprocessableEntity);
            default:
                ModelState.AddModelError("", "Cette fiche ne peut pas être modifiée dans son état actuel.");
                return Redisplay(initiative, form, StatusCodes.Status409Conflict);
        }
    }

    private ViewResult Redisplay(Core.Initiatives.Initiative? initiative, InitiativeForm form, int status)
    {
        Response.StatusCode = status;
        return View("Edit", new EditViewModel(initiative, form.WithBlankRows()));
    }
}

public sealed record EditViewModel(Core.Initiatives.Initiative? Initiative, InitiativeForm Form)
{
    public string Action => Initiative is null ? "/fiches/nouvelle" : $"/fiches/{Initiative.Id}/modifier";
}
