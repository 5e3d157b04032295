using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// For hand-written fields described by their <c>_FieldError</c> message (<c>aria-describedby="X-error"</c>):
/// when that message's field is in error, marks the control invalid for everyone, with
/// Bootstrap's <c>is-invalid</c> look and <c>aria-invalid</c> for screen readers.
/// </summary>
[HtmlTargetElement("input", Attributes = "aria-describedby")]
[HtmlTargetElement("select", Attributes = "aria-describedby")]
[HtmlTargetElement("textarea", Attributes = "aria-describedby")]
public sealed class FieldErrorTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Id of the message <c>_FieldError</c> shows for a model state key ("Sections[context]" → "Sections-context-error").</summary>
    public static string MessageId(string key) => key.Replace("[", "-").Replace("]", "").Replace(".", "-") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.IsValid || !output.Attributes.TryGetAttribute("aria-describedby", out var describedBy)) return;
        var ids = (describedBy.Value?.ToString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var invalid = modelState.Any(entry => entry.Value?.ValidationState == ModelValidationState.Invalid && ids.Contains(MessageId(entry.Key)));
        if (!invalid) return;
        output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
    }
}
