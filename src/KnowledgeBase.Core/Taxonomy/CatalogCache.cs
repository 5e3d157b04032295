namespace KnowledgeBase.Core.Taxonomy;

/// <summary>Keeps the <see cref="Catalog"/> in memory; the import invalidates it.</summary>
public sealed class CatalogCache
{
    private volatile Catalog? current;

    public Catalog Get(KnowledgeBaseDbContext db)
    {
        var catalog = current;
        if (catalog is not null) return catalog;
        catalog = new Catalog(
            db.TaxonomyTerms.AsNoTracking().ToList(),
            db.Regions.AsNoTracking().ToList(),
            db.Departements.AsNoTracking().ToList());
        current = catalog;
        return catalog;
    }

    public void Invalidate() => current = null;
}
