using System.ComponentModel;

namespace KnowledgeBase.Web.Api;

// A search's answer: hits, facets, spelling suggestion.

[Description("Un résultat de recherche.")]
public sealed record SearchItem(
    [property: Description("Identifiant stable de la fiche.")] string Slug,
    [property: Description("Titre.")] string Title,
    [property: Description("Résumé.")] string Summary,
    [property: Description("Extrait en HTML : texte échappé, mots trouvés entre <mark> et </mark>.")] string Excerpt,
    [property: Description("Pertinence (plus haut = meilleur) ; 0 en tri par date.")] double Score,
    [property: Description("Date de publication (UTC).")] DateTimeOffset PublishedDate)
{
    public static SearchItem Example => new("logement-jeunes-premier-toit", "Un premier toit pour les jeunes",
        "Des logements temporaires pour des jeunes de 16 à 25 ans.", "… un <mark>logement</mark> pour six mois …", 7.2,
        new DateTimeOffset(2025, 2, 3, 0, 0, 0, TimeSpan.Zero));
}

[Description("Une valeur de facette et son nombre de résultats.")]
public sealed record FacetItem(
    [property: Description("Code de la valeur.")] string Value,
    [property: Description("Libellé.")] string Label,
    [property: Description("Nombre de résultats avec cette valeur (les autres filtres appliqués).")] int Count)
{
    public static FacetItem Example => new("logement", "Logement", 3);
}

[Description("Une page de résultats de recherche avec les facettes et une suggestion d'orthographe.")]
public sealed record SearchResponse(
    [property: Description("Nombre de fiches trouvées.")] int Total,
    [property: Description("La page demandée (20 résultats).")] IReadOnlyList<SearchItem> Items,
    [property: Description("Facette → valeurs comptées, les plus fréquentes d'abord.")] IReadOnlyDictionary<string, List<FacetItem>> Facets,
    [property: Description("La requête corrigée, ou null.")] string? Suggestion)
{
    public static SearchResponse Example => new(1, [SearchItem.Example], new Dictionary<string, List<FacetItem>> { ["theme"] = [FacetItem.Example] }, null);
}
