using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;

namespace KnowledgeBase.Core.Indexing;

/// <summary>Turns a published write-up into what the search index stores.</summary>
public static class IndexDocuments
{
    /// <summary>
    /// Version of what <see cref="From"/> puts in a document: raise it when a field or facet is
    /// added, so that indexes built before are rebuilt at start (<see cref="SearchIndexHost.DocumentsVersion"/>).
    /// </summary>
    public const int Version = 3;

    public static IndexDocument From(Initiative initiative, Revision published, MarkdownRenderer markdown, Catalog catalog)
    {
        var c = published.Content;
        var publishedAt = new DateTimeOffset(DateTime.SpecifyKind(initiative.PublishedAt ?? initiative.CreatedAt, DateTimeKind.Utc));
        return new IndexDocument
        {
            Id = initiative.Id,
            Slug = initiative.Slug,
            Title = c.Title,
            Summary = c.Summary,
            Keywords = c.Keywords,
            Organisations = [c.LeadOrganisation.Name, .. c.Partners.Select(p => p.Name), .. c.Funders],
            // Names as well as codes, so that "Grand Est" or "Finistère" find what is done there.
            Places = [.. new[] { c.Territory.Commune, catalog.Departement(c.Territory.DepartementCode)?.Name, catalog.Region(c.Territory.RegionCode)?.Name }
                .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!)],
            Body = string.Join("\n\n", SectionHeadings.All.Select(s => markdown.ToPlainText(s.Get(c.Sections))).Where(t => t.Length > 0)),
            PublishedAt = publishedAt,
            Facets = new Dictionary<string, IReadOnlyList<string>>
            {
                [FacetNames.Theme] = c.Themes,
                [FacetNames.Public] = c.Publics,
                [FacetNames.Region] = [c.Territory.RegionCode],
                [FacetNames.Departement] = [c.Territory.DepartementCode],
                [FacetNames.OrganisationType] = string.IsNullOrEmpty(c.LeadOrganisation.Type) ? [] : [c.LeadOrganisation.Type],
                [FacetNames.Stage] = [c.Stage],
                [FacetNames.Evidence] = [initiative.EvidenceLevel.ToSlug()],
                [FacetNames.Year] = [publishedAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [FacetNames.Period] = c.StartYear is { } year ? [Periods.Of(year)] : [],
            },
        };
    }
}

/// <summary>Start-year buckets of five years ("2015-2019"), the "period" facet's values.</summary>
public static class Periods
{
    public static string Of(int year)
    {
        var start = year - ((year % 5) + 5) % 5;
        return $"{start}-{start + 4}";
    }
}
