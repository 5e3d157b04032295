using KnowledgeBase.Web.Features.Shared;
using System.Globalization;
using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.SearchInsights;

/// <summary>
/// What visitors search and fail to find, over a chosen period: the frequent queries and those
/// that found nothing, each with one click to try it, add a synonym, or note a missing
/// write-up. Editors and admins.
/// </summary>
[Authorize(Roles = Roles.Editor + "," + Roles.Admin)]
public sealed class SearchInsightsController(Core.Insights.SearchInsights insights, IOptions<QueryLogOptions> options) : Controller
{
    public const int DefaultDays = 30;

    [HttpGet("/gestion/recherches")]
    public IActionResult Index(string? from, string? to)
    {
        var today = insights.Today;
        var end = Day(to) ?? today;
        var start = Day(from) ?? end.AddDays(-(DefaultDays - 1));
        string? problem = null;
        if (start > end)
        {
            start = end.AddDays(-(DefaultDays - 1));
            problem = "La date de début suivait la date de fin : voici les 30 jours jusqu'à la date de fin.";
        }
        if (start < end.AddMonths(-options.Value.RetentionMonths)) start = end.AddMonths(-options.Value.RetentionMonths);
        return View(new InsightsPage(insights.Report(start, end), insights.OpenGaps(), options.Value.RetentionMonths, problem));
    }

    [HttpPost("/gestion/recherches/manquantes")]
    public IActionResult NoteGap(string? query, string? returnUrl)
    {
        var outcome = insights.NoteGap(query, Actor.From(User)!);
        TempData.SetFlash(outcome.Succeeded ? "Fiche manquante notée." : outcome.Problems.FirstOrDefault()?.Message ?? "Rien n'est noté.");
        return Redirect(Local(returnUrl));
    }

    [HttpPost("/gestion/recherches/manquantes/{id:long}")]
    public IActionResult ResolveGap(long id, string? returnUrl)
    {
        var outcome = insights.ResolveGap(id, Actor.From(User)!);
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        TempData.SetFlash("Marqué comme traité.");
        return Redirect(Local(returnUrl));
    }

    private string Local(string? returnUrl) =>
        returnUrl is { Length: < 300 } url && url.StartsWith("/gestion/recherches", StringComparison.Ordinal) && Url.IsLocalUrl(url) ? url : "/gestion/recherches";

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

public sealed record InsightsPage(InsightsReport Report, IReadOnlyList<ContentGap> Gaps, int RetentionMonths, string? Problem)
{
    public string Period => $"from={Report.From:yyyy-MM-dd}&to={Report.To:yyyy-MM-dd}";
}
