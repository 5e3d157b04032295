using KnowledgeBase.Core.Selections;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Selection;

/// <summary>
/// "Ma sélection": a member keeps public write-ups, finds them again, exports them and is told
/// when they change. Always the signed-in member's own selection: no member id in any address.
/// </summary>
[Authorize]
public sealed class SelectionController(PersonalSelection selection, InitiativeExports exports) : Controller
{
    private Actor Me => Actor.From(User)!;

    [HttpGet("/ma-selection")]
    public IActionResult Index() => View(selection.Items(Me));

    [HttpPost("/ma-selection/garder")]
    public IActionResult Keep(long initiativeId, string? returnUrl)
    {
        if (!selection.Keep(Me, initiativeId)) return NotFound();
        TempData.SetFlash("La fiche est gardée dans votre sélection : vous serez prévenu(e) de ses mises à jour et des nouveaux retours.", FlashPlace.Selection);
        return Back(returnUrl);
    }

    [HttpPost("/ma-selection/retirer")]
    public IActionResult Remove(long initiativeId, string? returnUrl)
    {
        selection.Remove(Me, initiativeId);
        TempData.SetFlash("La fiche est retirée de votre sélection.", FlashPlace.Selection);
        return Back(returnUrl);
    }

    [HttpGet("/ma-selection.csv")]
    public IActionResult Csv() => exports.SelectionCsv(selection.Items(Me).Where(i => i.IsPublic));

    /// <summary>The selection as one Markdown document: each write-up's title, address, summary and main facts.</summary>
    [HttpGet("/ma-selection.md")]
    public IActionResult Markdown() => exports.SelectionMarkdown(selection.Items(Me).Where(i => i.IsPublic));

    // Only a path of this site: a forged returnUrl never sends the member elsewhere.
    private IActionResult Back(string? returnUrl) =>
        Redirect(returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not ('/' or '\\') ? url : "/ma-selection");
}
