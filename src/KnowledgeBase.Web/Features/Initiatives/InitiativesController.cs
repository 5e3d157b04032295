using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Features.Initiatives;

public sealed class InitiativesController(PublishedInitiatives initiatives, InitiativeSearch search, MarkdownRenderer markdown) : Controller
{
    [HttpGet("/initiatives")]
    public IActionResult Index([FromQuery] ListParameters parameters) =>
        View(new InitiativeListViewModel(parameters, initiatives.List(parameters.ToQuery())));

    [HttpGet("/initiatives/{slug}")]
    public IActionResult Show(string slug) =>
        initiatives.Find(slug) is { } found
            ? View(InitiativePageViewModel.From(found, markdown, User.Identity?.IsAuthenticated == true, search.Similar(found.Initiative.Id)))
            : NotFound();
}
