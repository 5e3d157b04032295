namespace KnowledgeBase.Core.Taxonomy;

/// <summary>
/// Every controlled vocabulary and territory, loaded once: validation, labels and browse
/// pages read it without querying the database each time. Knows which terms are retired
/// (still readable, offered no more) and which were merged into another (read as that one:
/// <see cref="Canonical(string, string)"/>, decision 014).
/// </summary>
public sealed class Catalog
{
    private const int MaxMergeChain = 16;

    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> termsByKind;
    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> activeByKind;
    private readonly Dictionary<(string Kind, string Slug), TaxonomyTerm> terms;
    private readonly Dictionary<string, Region> regions;
    private readonly Dictionary<string, Departement> departements;

    public Catalog(IEnumerable<TaxonomyTerm> terms, IEnumerable<Region> regions, IEnumerable<Departement> departements)
    {
        var termList = terms.OrderBy(t => t.Position).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        termsByKind = termList.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList());
        activeByKind = termList.Where(t => t.IsActive).GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<TaxonomyTerm>)g.ToList());
        this.terms = termList.ToDictionary(t => (t.Kind, t.Slug));
        this.departements = departements.ToDictionary(d => d.Code);
        this.regions = regions.ToDictionary(r => r.Code);
        foreach (var region in this.regions.Values)
            region.Departements = [.. this.departements.Values.Where(d => d.RegionCode == region.Code).OrderBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>The terms offered to new write-ups, in order: neither retired nor merged.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms(string kind) => activeByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>
    /// The terms a form offers: those in use, and the retired ones the write-up already carries
    /// (shown so that saving it does not drop them silently; submitting asks for another).
    /// </summary>
    public IReadOnlyList<TaxonomyTerm> Offered(string kind, IEnumerable<string?> chosen)
    {
        var kept = chosen.OfType<string>().ToHashSet();
        return [.. AllTerms(kind).Where(t => t.IsActive || t.MergedIntoSlug is null && kept.Contains(t.Slug))];
    }

    /// <summary>Every term of the vocabulary, retired and merged ones included (the editors' page, the export).</summary>
    public IReadOnlyList<TaxonomyTerm> AllTerms(string kind) => termsByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>The term as recorded (a merged one too), or null.</summary>
    public TaxonomyTerm? Term(string kind, string? slug) => slug is null ? null : terms.GetValueOrDefault((kind, slug));

    /// <summary>A term a write-up may carry: known and not merged into another (retired ones still count).</summary>
    public bool Has(string kind, string? slug) => Term(kind, slug) is { MergedIntoSlug: null };

    /// <summary>Known, neither retired nor merged: may be chosen for a new write-up.</summary>
    public bool IsActive(string kind, string? slug) => Term(kind, slug) is { IsActive: true };

    /// <summary>
    /// The slug a write-up carrying <paramref name="slug"/> is read as: the term it was merged
    /// into (following successive merges), or itself.
    /// </summary>
    public string Canonical(string kind, string slug)
    {
        var current = slug;
        for (var step = 0; step < MaxMergeChain && Term(kind, current)?.MergedIntoSlug is { } target; step++) current = target;
        return current;
    }

    /// <summary><see cref="Canonical(string, string)"/> of an optional value.</summary>
    public string? CanonicalOrNull(string kind, string? slug) => slug is null ? null : Canonical(kind, slug);

    /// <summary>The slugs read as their canonical terms, in order, each once.</summary>
    public List<string> Canonical(string kind, IEnumerable<string> slugs) => slugs.Select(s => Canonical(kind, s)).Distinct().ToList();

    /// <summary>
    /// A copy of <paramref name="content"/> with every controlled value read as its canonical
    /// term. Revisions stay as they were written (decision 001); everything derived from them
    /// (cards, the index, pages, the API, exports, forms) reads them through this.
    /// </summary>
    public InitiativeContent Canonical(InitiativeContent content)
    {
        var copy = content.ShallowCopy();
        copy.Themes = Canonical(TaxonomyKinds.Themes, content.Themes);
        copy.Publics = Canonical(TaxonomyKinds.Publics, content.Publics);
        copy.Stage = Canonical(TaxonomyKinds.Stages, content.Stage);
        copy.BudgetRange = CanonicalOrNull(TaxonomyKinds.BudgetRanges, content.BudgetRange);
        copy.Territory = new Territory
        {
            Scope = CanonicalOrNull(TaxonomyKinds.TerritoryScopes, content.Territory.Scope),
            RegionCode = content.Territory.RegionCode,
            DepartementCode = content.Territory.DepartementCode,
            Commune = content.Territory.Commune,
            Type = CanonicalOrNull(TaxonomyKinds.TerritoryTypes, content.Territory.Type),
        };
        copy.LeadOrganisation = new Organisation { Name = content.LeadOrganisation.Name, Type = Canonical(TaxonomyKinds.OrganisationTypes, content.LeadOrganisation.Type) };
        copy.Partners = content.Partners.Select(p => new Partner { Name = p.Name, Type = Canonical(TaxonomyKinds.OrganisationTypes, p.Type), Role = p.Role }).ToList();
        return copy;
    }

    /// <summary>The label in the requested language (of the term it was merged into, if so), or the slug itself when unknown.</summary>
    public string Label(string kind, string? slug, bool english) =>
        slug is null ? "" : Term(kind, Canonical(kind, slug))?.Label(english) ?? slug;

    public IEnumerable<Region> Regions => regions.Values.OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), true));
    public Region? Region(string? code) => code is null ? null : regions.GetValueOrDefault(code);
    public Departement? Departement(string? code) => code is null ? null : departements.GetValueOrDefault(code);
}
