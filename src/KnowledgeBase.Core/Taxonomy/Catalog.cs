namespace KnowledgeBase.Core.Taxonomy;

/// <summary>
/// Every controlled vocabulary and territory, loaded once: validation, labels and browse
/// pages read it without querying the database each time.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> termsByKind;
    private readonly Dictionary<(string Kind, string Slug), TaxonomyTerm> terms;
    private readonly Dictionary<string, Region> regions;
    private readonly Dictionary<string, Departement> departements;

    public Catalog(IEnumerable<TaxonomyTerm> terms, IEnumerable<Region> regions, IEnumerable<Departement> departements)
    {
        var termList = terms.OrderBy(t => t.Position).ToList();
        termsByKind = termList.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList());
        this.terms = termList.ToDictionary(t => (t.Kind, t.Slug));
        this.departements = departements.ToDictionary(d => d.Code);
        this.regions = regions.ToDictionary(r => r.Code);
        foreach (var region in this.regions.Values)
            region.Departements = [.. this.departements.Values.Where(d => d.RegionCode == region.Code).OrderBy(d => d.Code, StringComparer.Ordinal)];
    }

    public IReadOnlyList<TaxonomyTerm> Terms(string kind) => termsByKind.GetValueOrDefault(kind) ?? [];
    public TaxonomyTerm? Term(string kind, string? slug) => slug is null ? null : terms.GetValueOrDefault((kind, slug));
    public bool Has(string kind, string? slug) => slug is not null && terms.ContainsKey((kind, slug));

    /// <summary>The label in the requested language, or the slug itself when unknown.</summary>
    public string Label(string kind, string? slug, bool english) => Term(kind, slug)?.Label(english) ?? slug ?? "";

    public IEnumerable<Region> Regions => regions.Values.OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true));
    public Region? Region(string? code) => code is null ? null : regions.GetValueOrDefault(code);
    public Departement? Departement(string? code) => code is null ? null : departements.GetValueOrDefault(code);
}
