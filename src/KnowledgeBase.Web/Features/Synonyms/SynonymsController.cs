using System.ComponentModel.DataAnnotations;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Search;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Synonyms;

/// <summary>
/// The search's synonym groups, edited in the site, with a preview of what a query finds with
/// the groups as they are and as they would be. Editors and admins.
/// </summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class SynonymsController(SynonymEditing editing, InitiativeSearch search) : Controller
{
    public const int PreviewHits = 8;

    /// <param name="nouveau">A query to start a new group with (the "add a synonym" link of the searches page).</param>
    [HttpGet("/gestion/synonymes")]
    public IActionResult Index(string? nouveau) =>
        View(Page(null, new SynonymForm { Expressions = nouveau, Query = nouveau }, preview: !string.IsNullOrWhiteSpace(nouveau)));

    [HttpPost("/gestion/synonymes")]
    public IActionResult Add(SynonymForm form, string? command) => Post(null, form, command);

    [HttpPost("/gestion/synonymes/{id:long}")]
    public IActionResult Update(long id, SynonymForm form, string? command) =>
        editing.Groups().Any(g => g.Id == id) ? Post(id, form, command) : NotFound();

    [HttpPost("/gestion/synonymes/{id:long}/supprimer")]
    public IActionResult Delete(long id)
    {
        var outcome = editing.Delete(id, Actor.From(User)!);
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        TempData.SetFlash("Groupe supprimé : la recherche ne l'applique plus.");
        return Redirect("/gestion/synonymes");
    }

    private IActionResult Post(long? id, SynonymForm form, string? command)
    {
        if (!ModelState.IsValid) return Redisplay(id, form, preview: false);
        var expressions = SynonymEditing.Parse(form.Expressions);
        if (command == "preview")
        {
            if (SynonymEditing.Check(expressions) is { } problem) ModelState.AddModelError(nameof(SynonymForm.Expressions), problem);
            return View("Index", Page(id, form, preview: ModelState.IsValid));
        }
        var outcome = editing.Save(id, expressions, Actor.From(User)!);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                TempData.SetFlash("Groupe enregistré : la recherche l'applique dès maintenant.");
                return Redirect("/gestion/synonymes");
            case OutcomeKind.NotFound:
                return NotFound();
        }
        foreach (var problem in outcome.Problems) ModelState.AddModelError(nameof(SynonymForm.Expressions), problem.Message);
        return Redisplay(id, form, preview: false);
    }

    private ViewResult Redisplay(long? id, SynonymForm form, bool preview)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", Page(id, form, preview));
    }

    private SynonymsPage Page(long? edited, SynonymForm form, bool preview)
    {
        var groups = editing.Groups();
        SynonymPreview? shown = null;
        var query = (form.Query ?? "").Trim();
        if (preview && query.Length > 0)
        {
            var candidate = SynonymEditing.Parse(form.Expressions);
            var after = SynonymEditing.AsLists(groups.Where(g => g.Id != edited)).Append(candidate).ToList();
            var question = new SearchQuery(query, new Dictionary<string, List<string>>(), false, 1, CurrentLanguage.IsEnglish);
            var (beforeTotal, beforeHits) = search.Page(question, 1, PreviewHits);
            var (afterTotal, afterHits) = search.WithSynonyms(question, after, PreviewHits);
            var known = beforeHits.Select(h => h.Id).ToHashSet();
            shown = new SynonymPreview(query, beforeTotal, beforeHits, afterTotal, afterHits, known);
        }
        return new SynonymsPage(groups, edited, form, shown);
    }
}

/// <summary>A group as typed: its expressions (one a line, or separated by commas) and a query to preview.</summary>
public sealed class SynonymForm
{
    [Display(Name = "Expressions équivalentes"), StringLength(3000)] public string? Expressions { get; set; }
    [Display(Name = "Recherche à essayer"), SingleLine, StringLength(200)] public string? Query { get; set; }
}

/// <summary>What a query finds with the groups as they are, and with the edited group.</summary>
public sealed record SynonymPreview(string Query, int BeforeTotal, IReadOnlyList<SearchHit> Before, int AfterTotal, IReadOnlyList<SearchHit> After,
    IReadOnlySet<long> FoundBefore);

public sealed record SynonymsPage(IReadOnlyList<SynonymGroup> Groups, long? Editing, SynonymForm Form, SynonymPreview? Preview);
