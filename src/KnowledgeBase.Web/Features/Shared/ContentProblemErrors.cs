using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>A refused write-up or dossier form: what the error summary says, and each problem at its field.</summary>
public static class ContentProblemErrors
{
    /// <param name="summary">The sentence at the top of the error summary (a French resource key).</param>
    /// <param name="fieldOf">The form field of a problem's key, so that its message stands beside that field.</param>
    public static void AddContentProblems(this ModelStateDictionary modelState, string summary,
        IEnumerable<ContentProblem> problems, Func<string, string> fieldOf)
    {
        modelState.AddModelError("", summary);
        foreach (var problem in problems) modelState.AddModelError(fieldOf(problem.Field), problem.Message);
    }
}
