using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Themes;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class ThemesController(PublishedInitiatives initiatives, Catalog catalog) : Controller
{
    [HttpGet("/thematiques")]
    public IActionResult Index() => View(initiatives.ThemeCounts());

    [HttpGet("/thematiques/{slug}")]
    public IActionResult Show(string slug, int page = 1) =>
        catalog.Term(TaxonomyKinds.Themes, slug) is { } theme
            ? View(new ThemePageViewModel(theme, initiatives.List(new ListQuery(Theme: slug, Page: page))))
            : NotFound();
}

public sealed record ThemePageViewModel(TaxonomyTerm Theme, Page<InitiativeCard> Page);
