using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;
using KnowledgeBase.Web.Features.Shared;

namespace KnowledgeBase.Web.Features.Vocabulary;

/// <summary>What the vocabulary pages show: the current catalog, and for one vocabulary its terms with how many published write-ups carry each.</summary>
public sealed class VocabularyPages(CatalogCache catalogs, KnowledgeBaseDbContext db, InitiativeSearch search)
{
    public Catalog Catalog() => catalogs.Get(db);

    /// <summary>The page of <paramref name="kind"/>, with the form shown again for the term <paramref name="slug"/> (or the add form when null).</summary>
    public TermsPage Terms(string kind, string? slug, TermForm form)
    {
        var catalog = Catalog();
        var facet = kind switch
        {
            TaxonomyKinds.Themes => FacetNames.Theme,
            TaxonomyKinds.Publics => FacetNames.Public,
            TaxonomyKinds.Stages => FacetNames.Stage,
            TaxonomyKinds.OrganisationTypes => FacetNames.OrganisationType,
            TaxonomyKinds.EvidenceLevels => FacetNames.Evidence,
            _ => null,
        };
        IReadOnlyDictionary<string, int>? counts = null;
        if (facet is not null)
        {
            var totals = search.Count(new SearchQuery(null, new Dictionary<string, List<string>>(), false, 1, CurrentLanguage.IsEnglish), [facet]);
            counts = totals.Facets[facet].ToDictionary(f => f.Value, f => f.Count);
        }
        return new TermsPage(kind, catalog.AllTerms(kind), catalog, counts, slug, form);
    }
}
