using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Dossiers;

/// <summary>The published dossiers: their list and each dossier's page.</summary>
[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class DossiersController(PublishedDossiers dossiers, MarkdownRenderer markdown) : Controller
{
    [HttpGet("/dossiers")]
    public IActionResult Index() => View(dossiers.List());

    [HttpGet("/dossiers/{slug}")]
    public IActionResult Show(string slug) =>
        dossiers.Find(slug) is { } found ? View(DossierPage.From(found, markdown)) : NotFound();
}

/// <summary>A published dossier ready to show: its Markdown rendered by the safe pipeline.</summary>
public sealed record DossierPage(PublishedDossier Dossier, HtmlString Introduction, HtmlString Recommendations, IReadOnlyList<(PublishedDossierItem Item, HtmlString Note)> Items)
{
    public static DossierPage From(PublishedDossier dossier, MarkdownRenderer markdown) => new(
        dossier,
        new HtmlString(markdown.ToHtml(dossier.Content.Introduction)),
        new HtmlString(markdown.ToHtml(dossier.Content.Recommendations)),
        [.. dossier.Items.Select(i => (i, new HtmlString(markdown.ToHtml(i.Note))))]);
}
