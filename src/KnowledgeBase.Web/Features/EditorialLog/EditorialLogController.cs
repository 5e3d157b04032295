using KnowledgeBase.Core.Curation;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.EditorialLog;

/// <summary>Who changed what, and when, in the vocabulary, synonyms, dossiers, the home page and the searches' follow-up. Editors and admins.</summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class EditorialLogController(Core.Curation.EditorialLog log) : Controller
{
    [HttpGet("/gestion/journal")]
    public IActionResult Index(string? area)
    {
        var known = area is not null && EditorialAreaLabels.All.ContainsKey(area) ? area : null;
        return View(new LogPage(known, log.Latest(known)));
    }
}

public sealed record LogPage(string? Area, IReadOnlyList<LogLine> Lines);

/// <summary>The areas of the editorial log, as the log page names them (French; the views translate).</summary>
public static class EditorialAreaLabels
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [EditorialAreas.Vocabulary] = "Vocabulaire",
        [EditorialAreas.Synonyms] = "Synonymes",
        [EditorialAreas.Dossiers] = "Dossiers",
        [EditorialAreas.Featured] = "À la une",
        [EditorialAreas.Searches] = "Recherches",
    };
}
