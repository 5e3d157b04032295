using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Initiatives;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class InitiativesController(PublishedInitiatives initiatives, InitiativeSearch search, RevisionHtml html) : Controller
{
    [HttpGet("/initiatives")]
    public IActionResult Index([FromQuery] ListParameters parameters) =>
        View(new InitiativeListViewModel(parameters, initiatives.List(parameters.ToQuery())));

    [HttpGet("/initiatives/{slug}")]
    public IActionResult Show(string slug) =>
        initiatives.Find(slug) is { } found
            ? View(InitiativePageViewModel.From(found, html, User.Identity?.IsAuthenticated == true, search.Similar(found.Initiative.Id)))
            : NotFound();
}
