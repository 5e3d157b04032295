using KnowledgeBase.Web.Features.Search;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Observatory;

/// <summary>The observatory (/observatoire): the search's counts as charts, a map and tables, each table as CSV.</summary>
public sealed class ObservatoryController(Core.Observation.Observatory observatory, IStringLocalizer<SharedResource> T) : Controller
{
    [HttpGet("/observatoire")]
    public IActionResult Index([FromQuery] SearchParameters parameters) => View(Page(parameters));

    [HttpGet("/observatoire/{figure}.csv")]
    public IActionResult Csv(string figure, [FromQuery] SearchParameters parameters)
    {
        if (!ObservatoryPage.Keys.Contains(figure)) return NotFound();
        var table = Page(parameters).Table(figure);
        return new CsvDownload($"observatoire-{figure}.csv", table.Header, table.TextRows());
    }

    private ObservatoryPage Page(SearchParameters parameters) =>
        new(parameters, observatory.Report(parameters.ToQuery(CurrentLanguage.IsEnglish)), T);
}
