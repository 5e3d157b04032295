using KnowledgeBase.Core.Insights;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.Privacy;

/// <summary>What the site keeps about the people who use it, and for how long.</summary>
[OutputCache(PolicyName = PageCacheRegistration.Visitors)]
public sealed class PrivacyController(IOptions<QueryLogOptions> searchLog) : Controller
{
    [HttpGet("/confidentialite")]
    public IActionResult Index() => View(searchLog.Value);
}
