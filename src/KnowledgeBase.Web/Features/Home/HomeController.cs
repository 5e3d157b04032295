using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Home;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class HomeController(PublishedInitiatives initiatives) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(new HomeViewModel(initiatives.ThemeCounts(), initiatives.Latest(6)));
}

public sealed record HomeViewModel(IReadOnlyDictionary<string, int> ThemeCounts, IReadOnlyList<InitiativeCard> Latest);
