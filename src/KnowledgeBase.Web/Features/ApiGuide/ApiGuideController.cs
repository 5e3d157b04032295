namespace KnowledgeBase.Web.Features.ApiGuide;

/// <summary>/api: the French guide to the public read API, with curl examples (the API itself lives under /api/…).</summary>
public sealed class ApiGuideController(KnowledgeBase.Core.Notifications.ISiteLinks links) : Controller
{
    [HttpGet("/api")]
    public IActionResult Index() => View((object)links.Absolute(""));
}
