using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;

namespace KnowledgeBase.Core.Indexing;

/// <summary>Turns a published write-up or dossier into what the search index stores.</summary>
public static class IndexDocuments
{
    /// <summary>
    /// Version of what the <c>From</c> methods put in a document: raise it when a field or facet is
    /// added, so that indexes built before are rebuilt at start (<see cref="SearchIndexHost.DocumentsVersion"/>).
    /// </summary>
    public const int Version = 4;

    public static IndexDocument From(Initiative initiative, Revision published, MarkdownRenderer markdown, Catalog catalog)
    {
        // Merged terms are indexed as the terms they were merged into (decision 014).
        var c = catalog.Canonical(published.Content);
        var publishedAt = Utc(initiative.PublishedAt ?? initiative.CreatedAt);
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

    /// <summary>
    /// A published dossier: its title, its introduction as summary, the titles of the public
    /// write-ups it cites as keywords, and its recommendations and the editor's notes on those
    /// write-ups as body. No facets: dossiers are searched apart and not filtered.
    /// </summary>
    public static IndexDocument From(Dossier dossier, DossierRevision published, IReadOnlyDictionary<long, string> publicTitles, MarkdownRenderer markdown)
    {
        var c = published.Content;
        var cited = c.Items.Where(i => publicTitles.ContainsKey(i.InitiativeId)).ToList();
        return new IndexDocument
        {
            Id = dossier.Id,
            Kind = DocumentKind.Dossier,
            Slug = dossier.Slug,
            Title = c.Title,
            Summary = markdown.ToPlainText(c.Introduction),
            Keywords = [.. cited.Select(i => publicTitles[i.InitiativeId])],
            Body = string.Join("\n\n", [markdown.ToPlainText(c.Recommendations), .. cited.Select(i => markdown.ToPlainText(i.Note))]),
            PublishedAt = Utc(dossier.PublishedAt ?? dossier.CreatedAt),
        };
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
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
