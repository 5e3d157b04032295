using KnowledgeBase.Web.Features.Shared;
using System.Globalization;
using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Headline;

/// <summary>"À la une": the write-ups and dossiers the home page features, their order and last days. Editors and admins.</summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class HeadlineController(FeaturedItems featured) : Controller
{
    [HttpGet("/gestion/a-la-une")]
    public IActionResult Index() => View(new FeaturedPage(featured.All(), new FeaturedForm()));

    /// <summary>Features a write-up or dossier, given by kind and id (its back-office page) or by address.</summary>
    [HttpPost("/gestion/a-la-une")]
    public IActionResult Add(FeaturedForm form)
    {
        if (!ModelState.IsValid) return Redisplay(form);
        if (ParseDay(form.EndsOn, out var endsOn) is { } wrongDate) return Refused(form, "EndsOn", wrongDate);
        var target = Target(form);
        if (target is null) return Refused(form, "Address", "Aucune fiche publiée ni aucun dossier publié à cette adresse.");
        var outcome = featured.Add(target, endsOn, Actor.From(User)!);
        if (!outcome.Succeeded) return Outcome(outcome, form);
        TempData.SetFlash("Mis à la une.");
        return Redirect("/gestion/a-la-une");
    }

    [HttpPost("/gestion/a-la-une/{id:long}/deplacer")]
    public IActionResult Move(long id, string? direction)
    {
        if (direction is not ("up" or "down")) return BadRequest();
        return Done(featured.Move(id, direction == "up" ? -1 : 1, Actor.From(User)!), "Ordre de la une modifié.");
    }

    [HttpPost("/gestion/a-la-une/{id:long}/fin")]
    public IActionResult End(long id, string? endsOn)
    {
        if (ParseDay(endsOn, out var day) is { } wrongDate) return Refused(new FeaturedForm(), "", wrongDate);
        return Done(featured.SetEnd(id, day, Actor.From(User)!), "Date de fin enregistrée.");
    }

    [HttpPost("/gestion/a-la-une/{id:long}/retirer")]
    public IActionResult Remove(long id) => Done(featured.Remove(id, Actor.From(User)!), "Retiré de la une.");

    private IActionResult Done(EditOutcome outcome, string flash)
    {
        if (!outcome.Succeeded) return Outcome(outcome, new FeaturedForm());
        TempData.SetFlash(flash);
        return Redirect("/gestion/a-la-une");
    }

    private IActionResult Outcome(EditOutcome outcome, FeaturedForm form) => outcome.Kind switch
    {
        OutcomeKind.NotFound => NotFound(),
        OutcomeKind.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
        _ => Refused(form, outcome.Problems.FirstOrDefault()?.Field == "endsOn" ? "EndsOn" : "Address", outcome.Problems.FirstOrDefault()?.Message ?? "Ce changement n'est pas possible."),
    };

    private ViewResult Refused(FeaturedForm form, string field, string message)
    {
        ModelState.AddModelError(field, message);
        return Redisplay(form);
    }

    private ViewResult Redisplay(FeaturedForm form)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new FeaturedPage(featured.All(), form));
    }

    /// <summary>A kind and id from a back-office page, or the write-up or dossier at the address typed.</summary>
    private FeaturedTarget? Target(FeaturedForm form) =>
        form.Id is { } id && Enum.TryParse<FeaturedKind>(form.Kind, out var kind) && Enum.IsDefined(kind) && !int.TryParse(form.Kind, out _)
            ? new FeaturedTarget(kind, id)
            : featured.At(form.Address);

    private static string? ParseDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return null;
        }
        return "Date de fin invalide : écrivez-la sous la forme 31/12/2026.";
    }
}

/// <summary>What the add form posts: a kind and id (from a back-office page) or an address, and an optional last day.</summary>
public sealed class FeaturedForm
{
    public string? Kind { get; set; }
    public long? Id { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Adresse de la fiche ou du dossier"), Shared.SingleLine, System.ComponentModel.DataAnnotations.StringLength(500)]
    public string? Address { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Dernier jour à la une"), System.ComponentModel.DataAnnotations.StringLength(20)]
    public string? EndsOn { get; set; }
}

public sealed record FeaturedPage(IReadOnlyList<KnowledgeBase.Core.Curation.Featured> Items, FeaturedForm Form);
