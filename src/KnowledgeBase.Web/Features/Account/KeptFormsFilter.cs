using KnowledgeBase.Web.Features.Errors;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// A form refused for its antiforgery token (the session changed since the page was opened):
/// kept for a signed-in person, who is sent to the page that gives it back; otherwise the
/// French 400 page says what happened. A kept form sent again is forgotten.
/// </summary>
public sealed class KeptFormsFilter(KeptForms kept) : IAsyncAlwaysRunResultFilter, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (await FormOf(context.HttpContext) is { } form && form[KeptForms.FieldName] is { Count: > 0 } id)
            await kept.DiscardAsync(id.ToString(), context.HttpContext);
        await next();
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            var http = context.HttpContext;
            // Kept only when the page's token came with it but no longer fits (the session changed);
            // a form without any token did not come from a page of the site.
            var withToken = await FormOf(http) is { } form && form.ContainsKey("__RequestVerificationToken");
            var id = withToken && http.User.Identity?.IsAuthenticated == true ? await kept.KeepAsync(http) : null;
            if (id is not null)
            {
                context.Result = new RedirectResult(KeptForms.PageOf(id));
            }
            else
            {
                http.Items[ErrorReasons.ItemKey] = ErrorReason.FormExpired;
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            }
        }
        await next();
    }

    // The form, when the request has one that can be read (an error page re-executed for a
    // form the site refused must not try to read it again).
    private static async Task<IFormCollection?> FormOf(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType) return null;
        try
        {
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }
}
