using KnowledgeBase.Core.Initiatives;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Features.Territories;

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
