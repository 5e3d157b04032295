using KnowledgeBase.Core.Content;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Writing;

/// <summary>The writing form's preview: Markdown rendered with the site's safe pipeline.</summary>
[Authorize]
public sealed class PreviewController(MarkdownRenderer markdown) : Controller
{
    [HttpPost("/fiches/apercu")]
    public IActionResult Preview([FromForm] string? markdownText) =>
        Content(markdown.ToHtml(markdownText ?? ""), "text/html; charset=utf-8");
}
