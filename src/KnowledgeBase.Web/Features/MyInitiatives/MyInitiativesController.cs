using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.MyInitiatives;

[Authorize]
public sealed class MyInitiativesController(WorkingInitiatives working) : Controller
{
    /// <summary>"Mes fiches": the author's write-ups grouped by state.</summary>
    [HttpGet("/mes-fiches")]
    public IActionResult Index() => View(working.Mine(Actor.From(User)!));
}
