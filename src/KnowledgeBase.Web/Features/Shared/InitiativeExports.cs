using System.Globalization;
using System.Text;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Selections;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// Write-ups as files to take away: a search's matches and a member's selection as CSV, the
/// selection as Markdown; labels in the reader's language, addresses absolute.
/// </summary>
public sealed class InitiativeExports(PublishedInitiatives published, Catalog catalog, ISiteLinks links, IStringLocalizer<SharedResource> T)
{
    public const string MarkdownType = "text/markdown; charset=utf-8";

    /// <summary>Every match of a search, in the index's order, one write-up a row.</summary>
    public IActionResult Search(IEnumerable<SearchHit> hits)
    {
        var english = CurrentLanguage.IsEnglish;
        var header = new[]
        {
            T["Fiche"].Value, T["Titre"], T["Résumé"], T["Adresse"], T["Thématiques"], T["Publics"], T["Région"], T["Département"],
            T["Type de structure porteuse"], T["Stade"], T["Niveau de preuve"], T["Publiée le"],
        };
        return new CsvDownload("recherche.csv", header, hits.Chunk(InitiativeSearch.BatchSize).SelectMany(chunk =>
        {
            // The index gives the order, the database the published fields; a write-up
            // unpublished in between is left out rather than shown from a stale index.
            var entries = published.Entries(chunk.Select(h => h.Id).ToList()).ToDictionary(e => e.Initiative.Id);
            return chunk.Where(h => entries.ContainsKey(h.Id)).Select(h => Row(entries[h.Id], english));
        }));
    }

    public IActionResult SelectionCsv(IEnumerable<KeptInitiative> items)
    {
        var english = CurrentLanguage.IsEnglish;
        var rows = items.Select(i => (IReadOnlyList<string>)
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

    public IActionResult SelectionMarkdown(IEnumerable<KeptInitiative> items)
    {
        var english = CurrentLanguage.IsEnglish;
        var text = new StringBuilder($"# {T["Ma sélection"]}\n\n");
        foreach (var item in items)
        {
            var c = item.Revision!.Content;
            text.Append($"## {c.Title}\n\n{links.Absolute($"/initiatives/{item.Initiative.Slug}")}\n\n{c.Summary}\n\n")
                .Append($"- {T["Thématiques"]} : {string.Join(", ", c.Themes.Select(t => catalog.Label(TaxonomyKinds.Themes, t, english)))}\n")
                .Append($"- {T["Territoire"]} : {catalog.Departement(c.Territory.DepartementCode)?.Name} ({c.Territory.DepartementCode}), {catalog.Region(c.Territory.RegionCode)?.Name}\n")
                .Append($"- {T["Structure porteuse"]} : {c.LeadOrganisation.Name}\n")
                .Append($"- {T["Stade"]} : {catalog.Label(TaxonomyKinds.Stages, c.Stage, english)}\n")
                .Append($"- {T["Niveau de preuve :"]} {catalog.Label(TaxonomyKinds.EvidenceLevels, item.Initiative.EvidenceLevel.ToSlug(), english)}\n\n");
        }
        return new FileContentResult(Encoding.UTF8.GetBytes(text.ToString()), MarkdownType) { FileDownloadName = "ma-selection.md" };
    }

    private IReadOnlyList<string> Row(PublicEntry entry, bool english)
    {
        var c = entry.Content;
        return
        [
            entry.Initiative.Slug,
            c.Title,
            c.Summary,
            links.Absolute($"/initiatives/{entry.Initiative.Slug}"),
            string.Join(", ", c.Themes.Select(t => catalog.Label(TaxonomyKinds.Themes, t, english))),
            string.Join(", ", c.Publics.Select(t => catalog.Label(TaxonomyKinds.Publics, t, english))),
            catalog.Region(c.Territory.RegionCode)?.Name ?? c.Territory.RegionCode,
            catalog.Departement(c.Territory.DepartementCode)?.Name ?? c.Territory.DepartementCode,
            catalog.Label(TaxonomyKinds.OrganisationTypes, c.LeadOrganisation.Type, english),
            catalog.Label(TaxonomyKinds.Stages, c.Stage, english),
            catalog.Label(TaxonomyKinds.EvidenceLevels, entry.Initiative.EvidenceLevel.ToSlug(), english),
            (entry.Initiative.PublishedAt ?? entry.Initiative.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }
}
