using Microsoft.AspNetCore.Mvc.Filters;

namespace KnowledgeBase.Web.Hosting;

/// <summary>A form shown again because of its errors answers 422, whatever form it is.</summary>
public sealed class ValidationStatusFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method) || context.ModelState.IsValid) return;
        if (context.Result is ViewResult { StatusCode: null or StatusCodes.Status200OK } view
            && context.HttpContext.Response.StatusCode == StatusCodes.Status200OK)
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
