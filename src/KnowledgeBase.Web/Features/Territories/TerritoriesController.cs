using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Territories;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class TerritoriesController(PublishedInitiatives initiatives) : Controller
{
    [HttpGet("/territories")]
    public IActionResult Index()
    {
        var (regions, departements) = initiatives.TerritoryCounts();
        return View(new TerritoriesViewModel(regions, departements));
    }
}

public sealed record TerritoriesViewModel(IReadOnlyDictionary<string, int> RegionCounts, IReadOnlyDictionary<string, int> DepartementCounts);
