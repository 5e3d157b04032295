namespace KnowledgeBase.Core.Taxonomy;

/// <summary>The vocabularies shipped in content/taxonomy, one file each.</summary>
public static class TaxonomyKinds
{
    public const string Themes = "themes";
    public const string Publics = "publics";
    public const string Stages = "stages";
    public const string OrganisationTypes = "organisation-types";
    public const string BudgetRanges = "budget-ranges";
    public const string EvidenceLevels = "evidence-levels";
    public const string TerritoryScopes = "territory-scopes";
    public const string TerritoryTypes = "territory-types";

    public static readonly IReadOnlyList<string> All =
        [Themes, Publics, Stages, OrganisationTypes, BudgetRanges, EvidenceLevels, TerritoryScopes, TerritoryTypes];
}
