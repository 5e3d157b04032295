using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Web.Features.Sitemap;

/// <summary>Every public page of the site, with the last public change of those that have one (for sitemap.xml).</summary>
public sealed class PublicPages(PublishedInitiatives published, PublishedDossiers dossiers, Catalog catalog)
{
    public IEnumerable<(string Path, DateTime? Modified)> All()
    {
        var pages = new[] { "/", "/initiatives", "/dossiers", "/thematiques", "/territoires", "/observatoire", "/api", "/grille-d-evaluation", "/confidentialite" }
            .Concat(catalog.Terms(TaxonomyKinds.Themes).Select(t => $"/thematiques/{t.Slug}"))
            .Select(p => (p, (DateTime?)null));
        var collections = dossiers.List().Select(d => ($"/dossiers/{d.Slug}", (DateTime?)d.ChangedAt));
        // A sitemap file holds at most 50,000 addresses (sitemaps.org); an index of files would come beyond.
        var initiatives = published.Changes(null, null, 1, 50_000 - 100).Items
            .Select(e => ($"/initiatives/{e.Initiative.Slug}", (DateTime?)e.UpdatedAt));
        return pages.Concat(collections).Concat(initiatives);
    }
}
