using KnowledgeBase.Core.Initiatives;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Features.Home;

public sealed class HomeController(PublishedInitiatives initiatives) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(new HomeViewModel(initiatives.ThemeCounts(), initiatives.Latest(6)));
}

public sealed record HomeViewModel(IReadOnlyDictionary<string, int> ThemeCounts, IReadOnlyList<InitiativeCard> Latest);
