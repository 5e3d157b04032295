using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// Marks a field in error for everyone: Bootstrap's <c>is-invalid</c> look, <c>aria-invalid</c>,
/// and <c>aria-describedby</c> pointing to its message (see <see cref="FieldMessageTagHelper"/>).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldStateTagHelper : TagHelper
{
    /// <summary>Bootstrap's <c>is-invalid</c> look, and <c>aria-invalid</c> for screen readers.</summary>
    public static void MarkInvalid(TagHelperOutput output)
    {
        output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
    }

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    // After the framework's input and select helpers, which set id and class.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.GetFieldValidationState(name) != ModelValidationState.Invalid) return;
        MarkInvalid(output);
        var messageId = FieldMessageTagHelper.IdFor(name);
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} {messageId}" : messageId;
        output.Attributes.SetAttribute("aria-describedby", describedBy);
    }
}

/// <summary>Gives a field's validation message the id its field refers to.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldMessageTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public static string IdFor(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-erreur";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
            output.Attributes.SetAttribute("id", IdFor(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
    }
}

/// <summary>
/// For hand-written fields described by their <c>_FieldError</c> message (<c>aria-describedby="X-error"</c>):
/// when that message's field is in error, marks the control invalid as <see cref="FieldStateTagHelper"/> does.
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
        FieldStateTagHelper.MarkInvalid(output);
    }
}
