using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Search;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.DossierDesk;

/// <summary>
/// The editors' dossiers: the list, writing (with a search to find the write-ups to add),
/// publishing, withdrawing, revisions. Editors and admins only.
/// </summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class DossierDeskController(DossierEditing editing, WorkingDossiers working, InitiativeSearch search) : Controller
{
    public const int SearchHits = 10;

    [HttpGet("/gestion/dossiers")]
    public IActionResult Index() => View(working.All());

    [HttpGet("/gestion/dossiers/nouveau")]
    public IActionResult New() => View("Edit", Page(null, new DossierForm()));

    [HttpPost("/gestion/dossiers/nouveau")]
    public IActionResult Create(DossierForm form, string? command)
    {
        if (!ModelState.IsValid) return Redisplay(null, form, StatusCodes.Status422UnprocessableEntity);
        if (command != "save") return Command(null, form, command);
        var outcome = editing.CreateDraft(form.ToContent(), Actor.From(User)!);
        if (outcome.Succeeded)
        {
            TempData.SetFlash("Brouillon du dossier enregistré.");
            return Redirect($"/gestion/dossiers/{outcome.Dossier!.Id}");
        }
        return Refused(outcome, null, form);
    }

    [HttpGet("/gestion/dossiers/{id:long}")]
    public IActionResult Show(long id)
    {
        if (working.Find(id) is not { } dossier) return NotFound();
        var isFeatured = working.IsFeatured(id);
        return View(new DossierDeskPage(dossier, working.Items(dossier.CurrentRevision!.Content), working.Revisions(id), isFeatured));
    }

    [HttpGet("/gestion/dossiers/{id:long}/modifier")]
    public IActionResult Edit(long id) =>
        working.Find(id) is { } dossier ? View(Page(dossier, DossierForm.From(dossier.CurrentRevision!.Content, dossier.Version))) : NotFound();

    [HttpPost("/gestion/dossiers/{id:long}/modifier")]
    public IActionResult Update(long id, DossierForm form, string? command)
    {
        if (working.Find(id) is not { } dossier) return NotFound();
        if (!ModelState.IsValid) return Redisplay(dossier, form, StatusCodes.Status422UnprocessableEntity);
        if (command != "save") return Command(dossier, form, command);
        var outcome = editing.Save(id, form.Version, form.ToContent(), Actor.From(User)!);
        if (outcome.Succeeded)
        {
            TempData.SetFlash("Modifications du dossier enregistrées (nouvelle révision).");
            return Redirect($"/gestion/dossiers/{id}");
        }
        return Refused(outcome, dossier, form);
    }

    [HttpPost("/gestion/dossiers/{id:long}/publier")]
    public IActionResult Publish(long id, Guid version) => Act(id, editing.Publish(id, version, Actor.From(User)!), "Dossier publié.");

    [HttpPost("/gestion/dossiers/{id:long}/retirer")]
    public IActionResult Withdraw(long id, Guid version) => Act(id, editing.Withdraw(id, version, Actor.From(User)!), "Dossier retiré du site.");

    [HttpGet("/gestion/dossiers/{id:long}/revisions/{number:int}")]
    public IActionResult Revision(long id, int number)
    {
        if (working.Find(id) is not { } dossier || working.Revision(id, number) is not { } revision) return NotFound();
        return View(new DossierRevisionPage(dossier, revision, working.Items(revision.Content)));
    }

    private IActionResult Act(long id, DossierOutcome outcome, string done)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                TempData.SetFlash(done);
                return Redirect($"/gestion/dossiers/{id}");
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
        var dossier = working.Find(id)!;
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        var error = outcome.Kind switch
        {
            OutcomeKind.Conflict => "Quelqu'un a modifié ce dossier entre-temps : voici son état actuel.",
            OutcomeKind.Invalid => "Le dossier ne peut pas être publié : complétez ce qui est signalé, puis publiez à nouveau.",
            _ => "Cette action n'est pas possible dans l'état actuel du dossier.",
        };
        return View("Show", new DossierDeskPage(dossier, working.Items(dossier.CurrentRevision!.Content), working.Revisions(id),
            working.IsFeatured(id)) { Error = error, Problems = outcome.Problems ?? [] });
    }

    /// <summary>Search, add, move or remove: the form comes back with the change and everything typed.</summary>
    private ViewResult Command(Dossier? dossier, DossierForm form, string? command)
    {
        if (command != "search" && !form.Apply(command))
            ModelState.AddModelError("", "Cette action n'existe pas : le formulaire est affiché de nouveau, rien n'est enregistré.");
        ModelState.Clear();
        return Redisplay(dossier, form, StatusCodes.Status200OK);
    }

    private ViewResult Refused(DossierOutcome outcome, Dossier? dossier, DossierForm form)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Conflict:
                ModelState.AddModelError("", "Quelqu'un a modifié ce dossier pendant que vous le rédigiez. Votre texte est conservé ci-dessous : copiez-le, rechargez la page pour voir la dernière version, puis reportez vos changements.");
                return Redisplay(dossier, form, StatusCodes.Status409Conflict);
            case OutcomeKind.Invalid:
                ModelState.AddContentProblems("Le dossier n'est pas enregistré : corrigez ce qui est signalé.", outcome.Problems!, DossierForm.FieldOf);
                return Redisplay(dossier, form, StatusCodes.Status422UnprocessableEntity);
            default:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return View("Edit", Page(dossier, form));
        }
    }

    private ViewResult Redisplay(Dossier? dossier, DossierForm form, int status)
    {
        Response.StatusCode = status;
        return View("Edit", Page(dossier, form));
    }

    private DossierEditPage Page(Dossier? dossier, DossierForm form)
    {
        var items = working.Items(form.ToContent());
        IReadOnlyList<SearchHit> hits = [];
        if (!string.IsNullOrWhiteSpace(form.Search))
        {
            var included = form.Items.Select(i => i.InitiativeId).ToHashSet();
            var found = search.Page(new SearchQuery(form.Search, new Dictionary<string, List<string>>(), false, 1, CurrentLanguage.IsEnglish), 1, SearchHits + included.Count);
            hits = [.. found.Hits.Where(h => !included.Contains(h.Id)).Take(SearchHits)];
        }
        return new DossierEditPage(dossier, form, items, hits);
    }
}

public sealed record DossierEditPage(Dossier? Dossier, DossierForm Form, IReadOnlyList<WorkingItem> Items, IReadOnlyList<SearchHit> Found)
{
    public string Action => Dossier is null ? "/gestion/dossiers/nouveau" : $"/gestion/dossiers/{Dossier.Id}/modifier";
}

public sealed record DossierDeskPage(Dossier Dossier, IReadOnlyList<WorkingItem> Items, IReadOnlyList<DossierRevisionEntry> Revisions, bool IsFeatured)
{
    public string? Error { get; init; }
    public IReadOnlyList<ContentProblem> Problems { get; init; } = [];
    public bool CanPublish => !Dossier.IsPublic || Dossier.HasUnpublishedChanges;
    public string Title => Dossier.CurrentRevision!.Content.Title is { Length: > 0 } t ? t : "(sans titre)";
}

public sealed record DossierRevisionPage(Dossier Dossier, DossierRevision Revision, IReadOnlyList<WorkingItem> Items);
