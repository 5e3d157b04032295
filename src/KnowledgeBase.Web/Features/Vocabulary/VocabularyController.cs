using System.ComponentModel.DataAnnotations;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Vocabulary;

/// <summary>
/// The vocabularies (themes, publics, stages…) managed in the site: add, rename, reorder,
/// retire, restore, merge. Editors and admins.
/// </summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class VocabularyController(VocabularyEditing editing, VocabularyPages pages) : Controller
{
    [HttpGet("/gestion/vocabulaire")]
    public IActionResult Index() => View(pages.Catalog());

    [HttpGet("/gestion/vocabulaire/{kind}")]
    public IActionResult Terms(string kind) => VocabularyEditing.IsKnownKind(kind) ? View(pages.Terms(kind, null, new TermForm())) : NotFound();

    [HttpPost("/gestion/vocabulaire/{kind}")]
    public IActionResult Add(string kind, TermForm form)
    {
        if (!VocabularyEditing.IsKnownKind(kind)) return NotFound();
        if (!ModelState.IsValid) return Redisplay(kind, null, form);
        return Done(kind, null, form, editing.Add(kind, form.Labels, form.Slug, Actor.From(User)!), "Terme ajouté.");
    }

    [HttpPost("/gestion/vocabulaire/{kind}/{slug}")]
    public IActionResult Rename(string kind, string slug, TermForm form)
    {
        if (!ModelState.IsValid) return Known(kind, slug) ? Redisplay(kind, slug, form) : NotFound();
        return Done(kind, slug, form, editing.Rename(kind, slug, form.Labels, Actor.From(User)!), "Libellés enregistrés.");
    }

    [HttpPost("/gestion/vocabulaire/{kind}/{slug}/deplacer")]
    public IActionResult Move(string kind, string slug, string? direction) =>
        direction is "up" or "down"
            ? Done(kind, slug, new TermForm(), editing.Move(kind, slug, direction == "up" ? -1 : 1, Actor.From(User)!), "Ordre enregistré.")
            : BadRequest();

    [HttpPost("/gestion/vocabulaire/{kind}/{slug}/retirer")]
    public IActionResult Retire(string kind, string slug) =>
        Done(kind, slug, new TermForm(), editing.Retire(kind, slug, Actor.From(User)!), "Terme retiré : il n'est plus proposé, et reste lisible sur les fiches qui le portent.");

    [HttpPost("/gestion/vocabulaire/{kind}/{slug}/remettre")]
    public IActionResult Restore(string kind, string slug) =>
        Done(kind, slug, new TermForm(), editing.Restore(kind, slug, Actor.From(User)!), "Terme remis en usage.");

    [HttpPost("/gestion/vocabulaire/{kind}/{slug}/fusionner")]
    public IActionResult Merge(string kind, string slug, string? into) =>
        Done(kind, slug, new TermForm(), editing.Merge(kind, slug, into, Actor.From(User)!), "Termes fusionnés : les fiches sont reclassées et les anciennes adresses redirigent.");

    private IActionResult Done(string kind, string? slug, TermForm form, EditOutcome outcome, string flash)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                TempData.SetFlash(flash);
                return Redirect($"/gestion/vocabulaire/{kind}");
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
        foreach (var problem in outcome.Problems)
            ModelState.AddModelError(problem.Field switch
            {
                "labelFr" => nameof(TermForm.LabelFr), "labelEn" => nameof(TermForm.LabelEn),
                "descriptionFr" => nameof(TermForm.DescriptionFr), "descriptionEn" => nameof(TermForm.DescriptionEn),
                "slug" when slug is null => nameof(TermForm.Slug),
                _ => "",
            }, problem.Message);
        return Redisplay(kind, slug, form);
    }

    private ViewResult Redisplay(string kind, string? slug, TermForm form)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Terms", pages.Terms(kind, slug, form));
    }

    private bool Known(string kind, string slug) => VocabularyEditing.IsKnownKind(kind) && pages.Catalog().Term(kind, slug) is not null;
}

/// <summary>A term's labels as typed; <see cref="Slug"/> only when adding.</summary>
public sealed class TermForm
{
    [Display(Name = "Code"), SingleLine, StringLength(VocabularyEditing.SlugMaxLength)] public string? Slug { get; set; }
    [Display(Name = "Libellé en français"), SingleLine, StringLength(VocabularyEditing.LabelMaxLength)] public string? LabelFr { get; set; }
    [Display(Name = "Libellé en anglais"), SingleLine, StringLength(VocabularyEditing.LabelMaxLength)] public string? LabelEn { get; set; }
    [Display(Name = "Description en français"), StringLength(VocabularyEditing.DescriptionMaxLength)] public string? DescriptionFr { get; set; }
    [Display(Name = "Description en anglais"), StringLength(VocabularyEditing.DescriptionMaxLength)] public string? DescriptionEn { get; set; }

    public TermLabels Labels => new(LabelFr, LabelEn, DescriptionFr, DescriptionEn);
}

/// <summary>
/// One vocabulary's page: every term with its state, how many published write-ups carry it
/// (for the vocabularies the search counts), and the form shown again after a refusal (for the
/// term <see cref="Editing"/>, or the add form when null).
/// </summary>
public sealed record TermsPage(string Kind, IReadOnlyList<TaxonomyTerm> Terms, Catalog Catalog, IReadOnlyDictionary<string, int>? Counts,
    string? Editing, TermForm Form)
{
    public bool IsFixed => VocabularyEditing.IsFixed(Kind);
    public string KindLabel => VocabularyLabels.Of(Kind);
}

/// <summary>The vocabularies' names as the pages show them (French; the views translate).</summary>
public static class VocabularyLabels
{
    public static string Of(string kind) => kind switch
    {
        TaxonomyKinds.Themes => "Thématiques",
        TaxonomyKinds.Publics => "Publics",
        TaxonomyKinds.Stages => "Stades d'avancement",
        TaxonomyKinds.OrganisationTypes => "Types de structure",
        TaxonomyKinds.BudgetRanges => "Tranches de budget",
        TaxonomyKinds.EvidenceLevels => "Niveaux de preuve",
        TaxonomyKinds.TerritoryScopes => "Échelles de territoire",
        TaxonomyKinds.TerritoryTypes => "Types de territoire",
        _ => kind,
    };
}
