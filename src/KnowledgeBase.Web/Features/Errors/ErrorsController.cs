using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Features.Errors;

/// <summary>French error pages: re-executed by the status-code and exception middleware.</summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/erreur/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        return View(code switch { 404 => "NotFound", 403 => "Forbidden", _ => "Error" }, Response.StatusCode);
    }

    [Route("/erreur")]
    public IActionResult Exception()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", 500);
    }
}
