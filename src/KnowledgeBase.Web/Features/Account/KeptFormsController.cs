using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>A form kept when the session had ended: read again, or abandoned.</summary>
public sealed class KeptFormsController(KeptForms keptForms) : Controller
{
    [Authorize, HttpGet(KeptForms.PagePrefix + "{id}")]
    public async Task<IActionResult> Kept(string id) =>
        await keptForms.FindAsync(id, HttpContext) is { } kept ? View("Kept", kept) : NotFound();

    [Authorize, HttpPost(KeptForms.PagePrefix + "{id}/abandon")]
    public async Task<IActionResult> AbandonKept(string id)
    {
        await keptForms.DiscardAsync(id, HttpContext);
        TempData.SetFlash("La saisie conservée est abandonnée.");
        return Redirect("/compte");
    }
}
