using System.ComponentModel;

namespace KnowledgeBase.Web.Api;

// The vocabularies and the territories.

[Description("Un terme d'un vocabulaire contrôlé.")]
public sealed record TermInfo(
    [property: Description("Code stable (slug).")] string Code,
    [property: Description("Libellé dans la langue de la réponse.")] string Label,
    [property: Description("Libellé en français.")] string LabelFr,
    [property: Description("Libellé en anglais.")] string LabelEn,
    [property: Description("Description dans la langue de la réponse, s'il y en a une.")] string? Description,
    [property: Description("Retiré du vocabulaire : plus proposé aux nouvelles fiches, toujours porté par des fiches publiées.")] bool Retired)
{
    public static TermInfo Example => new("logement", "Logement", "Logement", "Housing", "Accès au logement et maintien dans le logement.", false);
}

[Description("Un vocabulaire contrôlé et ses termes, dans l'ordre de présentation.")]
public sealed record TaxonomyInfo(
    [property: Description("Nom du vocabulaire : themes, publics, stages, organisation-types, budget-ranges, evidence-levels, territory-scopes, territory-types.")] string Kind,
    [property: Description("Les termes.")] IReadOnlyList<TermInfo> Terms)
{
    public static TaxonomyInfo Example => new("themes", [TermInfo.Example]);
}

[Description("Les vocabulaires contrôlés de la base.")]
public sealed record TaxonomiesResponse([property: Description("Un élément par vocabulaire.")] IReadOnlyList<TaxonomyInfo> Taxonomies)
{
    public static TaxonomiesResponse Example => new([TaxonomyInfo.Example]);
}

[Description("Une région et ses départements (codes officiels INSEE).")]
public sealed record RegionInfo(
    [property: Description("Code INSEE de la région.")] string Code,
    [property: Description("Nom.")] string Name,
    [property: Description("Départements de la région.")] IReadOnlyList<CodeLabel> Departements)
{
    public static RegionInfo Example => new("84", "Auvergne-Rhône-Alpes", [new("69", "Rhône")]);
}

[Description("Les 18 régions et 101 départements.")]
public sealed record TerritoriesResponse([property: Description("Les régions, par nom.")] IReadOnlyList<RegionInfo> Regions)
{
    public static TerritoriesResponse Example => new([RegionInfo.Example]);
}
