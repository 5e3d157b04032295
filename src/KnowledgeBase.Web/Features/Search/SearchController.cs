using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace KnowledgeBase.Web.Features.Search;

[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class SearchController(InitiativeSearch search) : Controller
{
    [HttpGet("/search")]
    public IActionResult Index([FromQuery] SearchParameters parameters) =>
        View(new SearchViewModel(parameters, search.Search(parameters.ToQuery(CurrentLanguage.IsEnglish))));
}

public sealed record SearchViewModel(SearchParameters Parameters, LabelledResults Results);
