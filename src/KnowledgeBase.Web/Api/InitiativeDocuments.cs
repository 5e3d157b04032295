using System.ComponentModel;

namespace KnowledgeBase.Web.Api;

// The write-ups as the API gives them: a page of summaries, one in detail.

[Description("Une valeur d'un vocabulaire contrôlé ou d'une liste de territoires : son code stable et son libellé dans la langue demandée.")]
public sealed record CodeLabel(
    [property: Description("Code stable : slug du vocabulaire (« logement ») ou code officiel INSEE (« 84 », « 2A »).")] string Code,
    [property: Description("Libellé dans la langue de la réponse.")] string Label)
{
    public static CodeLabel Example => new("logement", "Logement");
}

[Description("Une fiche d'expérience publiée, en bref (liste et recherche).")]
public sealed record InitiativeSummary(
    [property: Description("Identifiant stable de la fiche dans les adresses.")] string Slug,
    [property: Description("Titre.")] string Title,
    [property: Description("Résumé en texte brut (600 caractères au plus).")] string Summary,
    [property: Description("Adresse de la page de la fiche sur le site.")] string Url,
    [property: Description("Adresse de la fiche complète dans l'API.")] string ApiUrl,
    [property: Description("Thématiques.")] IReadOnlyList<CodeLabel> Themes,
    [property: Description("Publics concernés.")] IReadOnlyList<CodeLabel> Publics,
    [property: Description("Région (code INSEE).")] CodeLabel Region,
    [property: Description("Département (code INSEE).")] CodeLabel Departement,
    [property: Description("Type de la structure porteuse.")] CodeLabel? OrganisationType,
    [property: Description("Stade d'avancement.")] CodeLabel? Stage,
    [property: Description("Niveau de preuve : emergent, prometteur ou eprouve.")] CodeLabel EvidenceLevel,
    [property: Description("Fiche d'exemple illustrative (livrée avec le logiciel).")] bool IsExample,
    [property: Description("Date de première publication (UTC).")] DateTimeOffset PublishedAt,
    [property: Description("Dernière modification visible du public (UTC) : c'est la date que filtre updatedSince.")] DateTimeOffset UpdatedAt)
{
    public static InitiativeSummary Example => new("commission-attribution-logements-partagee",
        "Une commission d'attribution des logements sociaux partagée",
        "Les bailleurs et le Département examinent ensemble les demandes prioritaires.",
        "https://exemple.fr/initiatives/commission-attribution-logements-partagee",
        "https://exemple.fr/api/initiatives/commission-attribution-logements-partagee",
        [CodeLabel.Example], [new("personnes-sans-domicile", "Personnes sans domicile")], new("84", "Auvergne-Rhône-Alpes"),
        new("69", "Rhône"), new("departement", "Département"), new("etabli", "Établie"), new("emergent", "Émergente"), true,
        new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.Zero));
}

[Description("Liens de pagination (adresses absolues) ; null quand il n'y a pas de page avant ou après.")]
public sealed record PageLinks(
    [property: Description("Cette page.")] string Self,
    [property: Description("Page suivante.")] string? Next,
    [property: Description("Page précédente.")] string? Previous)
{
    public static PageLinks Example => new("https://exemple.fr/api/initiatives?page=2", "https://exemple.fr/api/initiatives?page=3", "https://exemple.fr/api/initiatives?page=1");
}

[Description("Une page de fiches publiées, de la plus anciennement modifiée à la plus récente.")]
public sealed record InitiativePage(
    [property: Description("Nombre total de fiches qui répondent à la demande.")] int Total,
    [property: Description("Numéro de la page (à partir de 1).")] int Page,
    [property: Description("Nombre de fiches par page.")] int PageSize,
    [property: Description("Nombre de pages.")] int PageCount,
    [property: Description("Les fiches de la page.")] IReadOnlyList<InitiativeSummary> Items,
    [property: Description("Pages voisines.")] PageLinks Links)
{
    public static InitiativePage Example => new(1, 1, 20, 1, [InitiativeSummary.Example], new("https://exemple.fr/api/initiatives", null, null));
}

[Description("Le territoire d'une fiche.")]
public sealed record TerritoryInfo(
    [property: Description("Échelle : commune, intercommunalite, departement, region ou national.")] CodeLabel? Scope,
    [property: Description("Région.")] CodeLabel Region,
    [property: Description("Département.")] CodeLabel Departement,
    [property: Description("Commune, s'il y a lieu.")] string? Commune,
    [property: Description("Type de territoire : urbain, rural ou quartier-prioritaire.")] CodeLabel? Type)
{
    public static TerritoryInfo Example => new(new("departement", "Département"), new("84", "Auvergne-Rhône-Alpes"), new("69", "Rhône"), "Villeurbanne", new("urbain", "Urbain"));
}

[Description("Une structure : la porteuse ou un partenaire.")]
public sealed record OrganisationInfo(
    [property: Description("Nom.")] string Name,
    [property: Description("Type de structure.")] CodeLabel? Type,
    [property: Description("Rôle dans l'action (partenaires seulement).")] string? Role)
{
    public static OrganisationInfo Example => new("Action Logement", new("autre", "Autre"), "Réservation de logements pour les salariés");
}

[Description("La période de l'action.")]
public sealed record PeriodInfo(
    [property: Description("Année de démarrage.")] int? Start,
    [property: Description("Année de fin ; null si l'action est en cours.")] int? End,
    [property: Description("Vrai si l'action est en cours.")] bool Ongoing)
{
    public static PeriodInfo Example => new(2019, null, true);
}

[Description("Le contact public de la fiche. Son adresse électronique n'est jamais diffusée par l'API.")]
public sealed record ContactInfo(
    [property: Description("Nom.")] string? Name,
    [property: Description("Fonction.")] string? Role)
{
    public static ContactInfo Example => new("Claire Martin", "Cheffe de projet");
}

[Description("Un lien utile.")]
public sealed record LinkInfo(
    [property: Description("Intitulé.")] string Title,
    [property: Description("Adresse (http, https ou mailto).")] string Url)
{
    public static LinkInfo Example => new("Bilan 2023", "https://example.org/bilan-2023");
}

[Description("Une section rédigée de la fiche, en Markdown et en HTML (rendu sûr : sans HTML brut, liens http, https et mailto seulement).")]
public sealed record SectionInfo(
    [property: Description("Clé stable : context, objectives, actions, partnerships, resources, results, participation, difficulties, success-factors, transferability.")] string Key,
    [property: Description("Titre de la section dans la langue de la réponse.")] string Heading,
    [property: Description("Texte source en Markdown.")] string Markdown,
    [property: Description("Le même texte rendu en HTML.")] string Html)
{
    public static SectionInfo Example => new("objectives", "Objectifs", "- Réduire les délais d'attribution", "<ul>\n<li>Réduire les délais d'attribution</li>\n</ul>\n");
}

[Description("La moyenne d'un critère de la grille d'évaluation, sur 4.")]
public sealed record CriterionMean(
    [property: Description("Clé du critère.")] string Key,
    [property: Description("Nom du critère dans la langue de la réponse.")] string Name,
    [property: Description("Moyenne des notes (1 à 4) ; null si aucune note.")] double? Mean)
{
    public static CriterionMean Example => new("relevance", "Pertinence au regard des besoins", 3.5);
}

[Description("Le niveau de preuve et, si des pairs ont évalué la version publiée, le nombre d'évaluations et la moyenne par critère (jamais l'identité des évaluateurs).")]
public sealed record EvidenceInfo(
    [property: Description("Niveau : emergent, prometteur ou eprouve.")] CodeLabel Level,
    [property: Description("Nombre d'évaluations par les pairs de la version publiée (0 si aucune).")] int ReviewCount,
    [property: Description("Moyenne par critère ; vide sans évaluation.")] IReadOnlyList<CriterionMean> Criteria)
{
    public static EvidenceInfo Example => new(new("prometteur", "Prometteuse"), 2, [CriterionMean.Example]);
}

[Description("Une fiche d'expérience publiée en entier : chaque champ public, les sections en Markdown et en HTML, les codes avec leurs libellés.")]
public sealed record InitiativeDetail(
    [property: Description("Identifiant stable.")] string Slug,
    [property: Description("Titre.")] string Title,
    [property: Description("Résumé en texte brut.")] string Summary,
    [property: Description("Adresse de la page sur le site.")] string Url,
    [property: Description("Numéro de la révision publiée.")] int Revision,
    [property: Description("Fiche d'exemple illustrative.")] bool IsExample,
    [property: Description("Date de première publication (UTC).")] DateTimeOffset PublishedAt,
    [property: Description("Dernière modification visible du public (UTC).")] DateTimeOffset UpdatedAt,
    [property: Description("Thématiques.")] IReadOnlyList<CodeLabel> Themes,
    [property: Description("Publics concernés.")] IReadOnlyList<CodeLabel> Publics,
    [property: Description("Mots-clés libres.")] IReadOnlyList<string> Keywords,
    [property: Description("Territoire.")] TerritoryInfo Territory,
    [property: Description("Structure porteuse.")] OrganisationInfo LeadOrganisation,
    [property: Description("Partenaires.")] IReadOnlyList<OrganisationInfo> Partners,
    [property: Description("Période.")] PeriodInfo Period,
    [property: Description("Stade d'avancement.")] CodeLabel? Stage,
    [property: Description("Tranche de budget annuel.")] CodeLabel? Budget,
    [property: Description("Financeurs.")] IReadOnlyList<string> Funders,
    [property: Description("Nombre de personnes touchées.")] int? PeopleReached,
    [property: Description("Contact (sans adresse électronique).")] ContactInfo Contact,
    [property: Description("Liens utiles.")] IReadOnlyList<LinkInfo> Links,
    [property: Description("Rédactrices et rédacteurs, tels qu'inscrits sur la fiche.")] IReadOnlyList<string> Authors,
    [property: Description("Sections rédigées, dans l'ordre de la fiche ; les sections vides sont omises.")] IReadOnlyList<SectionInfo> Sections,
    [property: Description("Niveau de preuve et évaluations.")] EvidenceInfo Evidence)
{
    public static InitiativeDetail Example => new("commission-attribution-logements-partagee", "Une commission d'attribution des logements sociaux partagée",
        "Les bailleurs et le Département examinent ensemble les demandes prioritaires.", "https://exemple.fr/initiatives/commission-attribution-logements-partagee",
        1, true, new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.Zero),
        [CodeLabel.Example], [new("familles", "Familles")], ["commission d'attribution"], TerritoryInfo.Example,
        new("Conseil départemental du Rhône", new("departement", "Département"), null), [OrganisationInfo.Example], PeriodInfo.Example,
        new("etabli", "Établie"), new("50k-200k", "De 50 000 à 200 000 €"), ["État (DDETS)"], 420, ContactInfo.Example, [LinkInfo.Example],
        ["Claire Martin"], [SectionInfo.Example], EvidenceInfo.Example);
}
