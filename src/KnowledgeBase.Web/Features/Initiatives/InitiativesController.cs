using System.Text;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Initiatives;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class InitiativesController(PublishedInitiatives initiatives, InitiativePages pages) : Controller
{

    [HttpGet("/initiatives")]
    public IActionResult Index([FromQuery] ListParameters parameters) =>
        View(new InitiativeListViewModel(parameters, initiatives.List(parameters.ToQuery())));

    [HttpGet("/initiatives/{slug}")]
    public IActionResult Show(string slug) =>
        pages.Page(slug, Actor.From(User)) is { } page ? View(page) : NotFound();

    /// <summary>The published write-up in the content/ format, ready to import elsewhere (no contact email: the file is public).</summary>
    [HttpGet("/initiatives/{slug}.md")]
    public IActionResult Markdown(string slug) =>
        initiatives.Find(slug) is { } found
            ? File(Encoding.UTF8.GetBytes(InitiativeFileWriter.Write(ContentFile(found))), InitiativeExports.MarkdownType, $"{found.Initiative.Slug}.md")
            : NotFound();

    /// <summary>A page to print for a meeting: A4, no navigation, every link written out.</summary>
    [HttpGet("/initiatives/{slug}/imprimer")]
    public IActionResult Print(string slug) =>
        pages.Printable(slug) is { } page ? View(page) : NotFound();

    public static InitiativeFile ContentFile(PublishedInitiative found) => new()
    {
        Slug = found.Initiative.Slug,
        Content = found.Content,
        IsExample = found.Initiative.IsExample,
        EvidenceLevel = found.Initiative.EvidenceLevel,
        PublishedAt = found.Initiative.PublishedAt ?? found.Initiative.CreatedAt,
    };
}
