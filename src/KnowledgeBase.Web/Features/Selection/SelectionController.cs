using System.Globalization;
using System.Text;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Selections;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Selection;

/// <summary>
/// "Ma sélection": a member keeps public write-ups, finds them again, exports them and is told
/// when they change. Always the signed-in member's own selection: no member id in any address.
/// </summary>
[Authorize]
public sealed class SelectionController(PersonalSelection selection, Catalog catalog, ISiteLinks links, IStringLocalizer<SharedResource> T) : Controller
{
    private Actor Me => Actor.From(User)!;

    [HttpGet("/ma-selection")]
    public IActionResult Index() => View(selection.Items(Me));

    [HttpPost("/ma-selection/garder")]
    public IActionResult Keep(long initiativeId, string? returnUrl)
    {
        if (!selection.Keep(Me, initiativeId)) return NotFound();
        TempData.SetFlash("La fiche est gardée dans votre sélection : vous serez prévenu(e) de ses mises à jour et des nouveaux retours.", FlashPlace.Selection);
        return Back(returnUrl);
    }

    [HttpPost("/ma-selection/retirer")]
    public IActionResult Remove(long initiativeId, string? returnUrl)
    {
        selection.Remove(Me, initiativeId);
        TempData.SetFlash("La fiche est retirée de votre sélection.", FlashPlace.Selection);
        return Back(returnUrl);
    }

    [HttpGet("/ma-selection.csv")]
    public IActionResult Csv()
    {
        var english = CurrentLanguage.IsEnglish;
        var rows = selection.Items(Me).Where(i => i.IsPublic).Select(i => (IReadOnlyList<string>)
        [
            i.Initiative.Slug,
            i.Revision!.Content.Title,
            i.Revision.Content.Summary,
            links.Absolute($"/initiatives/{i.Initiative.Slug}"),
            string.Join(", ", i.Revision.Content.Themes.Select(t => catalog.Label(TaxonomyKinds.Themes, t, english))),
            catalog.Region(i.Revision.Content.Territory.RegionCode)?.Name ?? "",
            catalog.Departement(i.Revision.Content.Territory.DepartementCode)?.Name ?? "",
            catalog.Label(TaxonomyKinds.EvidenceLevels, i.Initiative.EvidenceLevel.ToSlug(), english),
            i.AddedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ]);
        return new CsvDownload("ma-selection.csv",
            [T["Fiche"], T["Titre"], T["Résumé"], T["Adresse"], T["Thématiques"], T["Région"], T["Département"], T["Niveau de preuve"], T["Gardée le"]], rows);
    }

    /// <summary>The selection as one Markdown document: each write-up's title, address, summary and main facts.</summary>
    [HttpGet("/ma-selection.md")]
    public IActionResult Markdown()
    {
        var english = CurrentLanguage.IsEnglish;
        var text = new StringBuilder($"# {T["Ma sélection"]}\n\n");
        foreach (var item in selection.Items(Me).Where(i => i.IsPublic))
        {
            var c = item.Revision!.Content;
            text.Append($"## {c.Title}\n\n{links.Absolute($"/initiatives/{item.Initiative.Slug}")}\n\n{c.Summary}\n\n")
                .Append($"- {T["Thématiques"]} : {string.Join(", ", c.Themes.Select(t => catalog.Label(TaxonomyKinds.Themes, t, english)))}\n")
                .Append($"- {T["Territoire"]} : {catalog.Departement(c.Territory.DepartementCode)?.Name} ({c.Territory.DepartementCode}), {catalog.Region(c.Territory.RegionCode)?.Name}\n")
                .Append($"- {T["Structure porteuse"]} : {c.LeadOrganisation.Name}\n")
                .Append($"- {T["Stade"]} : {catalog.Label(TaxonomyKinds.Stages, c.Stage, english)}\n")
                .Append($"- {T["Niveau de preuve :"]} {catalog.Label(TaxonomyKinds.EvidenceLevels, item.Initiative.EvidenceLevel.ToSlug(), english)}\n\n");
        }
        return File(Encoding.UTF8.GetBytes(text.ToString()), Initiatives.InitiativesController.MarkdownType, "ma-selection.md");
    }

    // Only a path of this site: a forged returnUrl never sends the member elsewhere.
    private IActionResult Back(string? returnUrl) =>
        Redirect(returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not ('/' or '\\') ? url : "/ma-selection");
}
