using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Public write-ups as the API shows them. Only what a visitor may see: the published revision,
/// never the contact's email, a draft, a reviewer or a confidential note.
/// </summary>
public sealed class ApiDocuments(Catalog catalog, MarkdownRenderer markdown, ReviewSummaries reviews, ISiteLinks links,
    IStringLocalizer<SharedResource> T)
{
    private static bool English => CurrentLanguage.IsEnglish;

    public InitiativeSummary Summary(PublicEntry entry)
    {
        var c = entry.Content;
        var slug = entry.Initiative.Slug;
        return new InitiativeSummary(slug, c.Title, c.Summary, links.Absolute($"/initiatives/{slug}"), links.Absolute($"/api/initiatives/{slug}"),
            Terms(TaxonomyKinds.Themes, c.Themes), Terms(TaxonomyKinds.Publics, c.Publics), Region(c.Territory.RegionCode),
            Departement(c.Territory.DepartementCode), Term(TaxonomyKinds.OrganisationTypes, c.LeadOrganisation.Type),
            Term(TaxonomyKinds.Stages, c.Stage), Term(TaxonomyKinds.EvidenceLevels, entry.Initiative.EvidenceLevel.ToSlug())!,
            entry.Initiative.IsExample, Utc(entry.Initiative.PublishedAt ?? entry.Initiative.CreatedAt), Utc(entry.UpdatedAt));
    }

    public InitiativeDetail Detail(PublicEntry entry)
    {
        var c = entry.Content;
        var slug = entry.Initiative.Slug;
        var summary = reviews.ForPublishedRevision(entry.Initiative.Id);
        return new InitiativeDetail(slug, c.Title, c.Summary, links.Absolute($"/initiatives/{slug}"), entry.Revision.Number,
            entry.Initiative.IsExample, Utc(entry.Initiative.PublishedAt ?? entry.Initiative.CreatedAt), Utc(entry.UpdatedAt),
            Terms(TaxonomyKinds.Themes, c.Themes), Terms(TaxonomyKinds.Publics, c.Publics), c.Keywords,
            new TerritoryInfo(Term(TaxonomyKinds.TerritoryScopes, c.Territory.Scope), Region(c.Territory.RegionCode),
                Departement(c.Territory.DepartementCode), Blank(c.Territory.Commune), Term(TaxonomyKinds.TerritoryTypes, c.Territory.Type)),
            new OrganisationInfo(c.LeadOrganisation.Name, Term(TaxonomyKinds.OrganisationTypes, c.LeadOrganisation.Type), null),
            c.Partners.Select(p => new OrganisationInfo(p.Name, Term(TaxonomyKinds.OrganisationTypes, p.Type), Blank(p.Role))).ToList(),
            new PeriodInfo(c.StartYear, c.EndYear, c.EndYear is null),
            Term(TaxonomyKinds.Stages, c.Stage), Term(TaxonomyKinds.BudgetRanges, c.BudgetRange), c.Funders, c.PeopleReached,
            new ContactInfo(Blank(c.Contact.Name), Blank(c.Contact.Role)),
            c.Links.Where(l => MarkdownRenderer.IsSafeUrl(l.Url)).Select(l => new LinkInfo(l.Title, l.Url)).ToList(),
            c.Authors,
            SectionHeadings.All.Select(s => (s, Text: s.Get(c.Sections)))
                .Where(x => !string.IsNullOrWhiteSpace(x.Text))
                .Select(x => new SectionInfo(x.s.Key, T[x.s.Heading], x.Text, markdown.ToHtml(x.Text))).ToList(),
            new EvidenceInfo(Term(TaxonomyKinds.EvidenceLevels, entry.Initiative.EvidenceLevel.ToSlug())!, summary?.ReviewCount ?? 0,
                summary?.Summary.Criteria.Select(k => new CriterionMean(k.Criterion.Key, k.Criterion.Name(English), k.Mean is { } m ? Math.Round(m, 2) : null)).ToList() ?? []));
    }

    // Retired terms too (write-ups carry them); merged ones are read as their targets and not listed.
    public TaxonomiesResponse Taxonomies() => new(TaxonomyKinds.All.Select(kind => new TaxonomyInfo(kind,
        catalog.AllTerms(kind).Where(t => t.MergedIntoSlug is null)
            .Select(t => new TermInfo(t.Slug, t.Label(English), t.LabelFr, t.LabelEn, t.Description(English), t.RetiredAt is not null)).ToList())).ToList());

    public DossierSummary Summary(DossierCardView d) => new(d.Slug, d.Title, d.Teaser, links.Absolute($"/dossiers/{d.Slug}"), links.Absolute($"/api/dossiers/{d.Slug}"),
        d.ItemCount, d.IsExample, Utc(d.PublishedAt ?? d.ChangedAt), Utc(d.ChangedAt));

    public DossierDetail Detail(PublishedDossier d) => new(d.Dossier.Slug, d.Content.Title, links.Absolute($"/dossiers/{d.Dossier.Slug}"), d.Revision.Number,
        d.Dossier.IsExample, Utc(d.Dossier.PublishedAt ?? d.Dossier.CreatedAt), Utc(d.Dossier.Card!.ChangedAt), Rich(d.Content.Introduction),
        d.Items.Select((item, i) => new DossierItemInfo(i + 1, new InitiativeReference(item.Initiative.Slug, item.Initiative.Title,
            links.Absolute($"/initiatives/{item.Initiative.Slug}"), links.Absolute($"/api/initiatives/{item.Initiative.Slug}")), Rich(item.Note))).ToList(),
        Rich(d.Content.Recommendations));

    private RichText Rich(string markdownText) => new(markdownText, markdown.ToHtml(markdownText));

    public TerritoriesResponse Territories() => new(catalog.Regions.Select(r =>
        new RegionInfo(r.Code, r.Name, r.Departements.Select(d => new CodeLabel(d.Code, d.Name)).ToList())).ToList());

    private List<CodeLabel> Terms(string kind, IEnumerable<string> slugs) => slugs.Select(s => new CodeLabel(s, catalog.Label(kind, s, English))).ToList();

    private CodeLabel? Term(string kind, string? slug) => string.IsNullOrEmpty(slug) ? null : new CodeLabel(slug, catalog.Label(kind, slug, English));

    private CodeLabel Region(string code) => new(code, catalog.Region(code)?.Name ?? code);

    private CodeLabel Departement(string code) => new(code, catalog.Departement(code)?.Name ?? code);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
