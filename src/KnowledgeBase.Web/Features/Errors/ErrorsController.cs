using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Errors;

/// <summary>
/// French error pages (and problem documents for the API), re-executed by the status-code and
/// exception middleware for any method. Reached directly, /erreur and /erreur/… are pages
/// that do not exist (404). No parameter is bound, so that a body the site could not read is
/// never read again here.
/// </summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(IStringLocalizer<SharedResource> T) : Controller
{
    [Route("/erreur/{code}")]
    public IActionResult Status()
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var code = reExecuted?.OriginalStatusCode ?? 0;
        if (reExecuted is null || code is < 400 or > 599) return Render(StatusCodes.Status404NotFound, reExecuted?.OriginalPath);
        return Render(code, reExecuted.OriginalPath);
    }

    [Route("/erreur")]
    public IActionResult Exception()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is null) return Render(StatusCodes.Status404NotFound, null);
        // What a request's own body caused is the request's fault, not the site's.
        var status = failure.Error switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException => StatusCodes.Status400BadRequest,
            OperationCanceledException when HttpContext.RequestAborted.IsCancellationRequested => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status == StatusCodes.Status413PayloadTooLarge) HttpContext.Items[ErrorReasons.ItemKey] = ErrorReason.FormTooLarge;
        return Render(status, failure.Path);
    }

    private IActionResult Render(int status, string? originalPath)
    {
        Response.StatusCode = status;
        var reason = HttpContext.Items[ErrorReasons.ItemKey] is ErrorReason r ? r : ErrorReason.None;
        var title = T[ErrorReasons.Title(status)].Value;
        var explanation = T[ErrorReasons.Sentence(reason) ?? ErrorReasons.Explanation(status)].Value;
        if (originalPath?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true)
            return Problem(detail: explanation, statusCode: status, title: title);
        var view = status switch { 404 => "NotFound", 403 => "Forbidden", _ => "Error" };
        return View(view, new ErrorPage(status, title, explanation));
    }
}
