using System.ComponentModel;

namespace KnowledgeBase.Web.Api;

// The public read API's documents. Each type carries its description and an example, which the
// OpenAPI document shows (OpenApiRegistration); every property is always present (null when empty).

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

[Description("Une valeur comptée par l'observatoire.")]
public sealed record CountedValue(
    [property: Description("Code de la valeur (slug, code INSEE, année, période).")] string Code,
    [property: Description("Libellé.")] string Label,
    [property: Description("Nombre de fiches publiées qui la portent (et passent les autres filtres).")] int Count,
    [property: Description("Adresse de la recherche qui donne ces fiches.")] string SearchUrl)
{
    public static CountedValue Example => new("logement", "Logement", 4, "https://exemple.fr/recherche?theme=logement");
}

[Description("Les fiches publiées comptées selon une dimension ; chaque valeur du vocabulaire y figure, à 0 s'il le faut.")]
public sealed record FigureInfo(
    [property: Description("Dimension : le nom du filtre de recherche (theme, public, region, departement, organisation, stage, evidence, year, period).")] string Dimension,
    [property: Description("Titre de la figure.")] string Title,
    [property: Description("Les valeurs et leurs nombres.")] IReadOnlyList<CountedValue> Values)
{
    public static FigureInfo Example => new("theme", "Fiches par thématique", [CountedValue.Example]);
}

[Description("Un tableau croisé : cells[i][j] compte les fiches de la ligne i et de la colonne j. Une fiche à deux thématiques compte dans deux lignes.")]
public sealed record CrossTableInfo(
    [property: Description("theme-region ou theme-year.")] string Key,
    [property: Description("Titre.")] string Title,
    [property: Description("Lignes (thématiques) avec leur total.")] IReadOnlyList<CountedValue> Rows,
    [property: Description("Colonnes (régions ou années) avec leur total.")] IReadOnlyList<CountedValue> Columns,
    [property: Description("Les nombres, ligne par ligne.")] IReadOnlyList<IReadOnlyList<int>> Cells)
{
    public static CrossTableInfo Example => new("theme-region", "Thématiques par région", [CountedValue.Example],
        [new("84", "Auvergne-Rhône-Alpes", 2, "https://exemple.fr/recherche?region=84")], [[1]]);
}

[Description("L'observatoire d'une recherche : les nombres de fiches publiées par dimension et deux tableaux croisés, avec les mêmes filtres que la recherche.")]
public sealed record ObservatoryResponse(
    [property: Description("Nombre de fiches publiées qui répondent aux filtres.")] int Total,
    [property: Description("Une figure par dimension.")] IReadOnlyList<FigureInfo> Figures,
    [property: Description("Thématiques par région, thématiques par année de publication.")] IReadOnlyList<CrossTableInfo> CrossTables)
{
    public static ObservatoryResponse Example => new(15, [FigureInfo.Example], [CrossTableInfo.Example]);
}

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

[Description("Une fiche citée par un dossier : de quoi la nommer et la retrouver.")]
public sealed record InitiativeReference(
    [property: Description("Identifiant stable de la fiche.")] string Slug,
    [property: Description("Titre.")] string Title,
    [property: Description("Adresse de la page de la fiche.")] string Url,
    [property: Description("Adresse de la fiche complète dans l'API.")] string ApiUrl)
{
    public static InitiativeReference Example => new("dernier-ecrou", "Dernier écrou : une formation en alternance pour de jeunes détenus",
        "https://exemple.fr/initiatives/dernier-ecrou", "https://exemple.fr/api/initiatives/dernier-ecrou");
}

[Description("Un texte rédigé en Markdown, et le même rendu en HTML (rendu sûr : sans HTML brut, liens http, https et mailto seulement).")]
public sealed record RichText(
    [property: Description("Texte source en Markdown.")] string Markdown,
    [property: Description("Le même texte rendu en HTML.")] string Html)
{
    public static RichText Example => new("La formation des personnes en insertion…", "<p>La formation des personnes en insertion…</p>\n");
}

[Description("Une fiche d'un dossier, à sa place, avec la note de l'équipe éditoriale sur ce qu'elle apporte au dossier.")]
public sealed record DossierItemInfo(
    [property: Description("Place de la fiche dans le dossier, à partir de 1.")] int Position,
    [property: Description("La fiche.")] InitiativeReference Initiative,
    [property: Description("La note de l'équipe éditoriale.")] RichText Note)
{
    public static DossierItemInfo Example => new(1, InitiativeReference.Example, new("Une expérimentation reprise par la région.", "<p>Une expérimentation reprise par la région.</p>\n"));
}

[Description("Un dossier publié, en bref : une collection de fiches réunies et commentées par l'équipe éditoriale.")]
public sealed record DossierSummary(
    [property: Description("Identifiant stable du dossier dans les adresses.")] string Slug,
    [property: Description("Titre.")] string Title,
    [property: Description("Le début de l'introduction, en texte brut.")] string Teaser,
    [property: Description("Adresse de la page du dossier.")] string Url,
    [property: Description("Adresse du dossier complet dans l'API.")] string ApiUrl,
    [property: Description("Nombre de fiches publiées qu'il présente.")] int ItemCount,
    [property: Description("Dossier d'exemple illustratif (livré avec le logiciel).")] bool IsExample,
    [property: Description("Date de première publication (UTC).")] DateTimeOffset PublishedAt,
    [property: Description("Dernière publication d'une révision (UTC).")] DateTimeOffset UpdatedAt)
{
    public static DossierSummary Example => new("partenariats-region-departement-formation",
        "Partenariats région-département pour la formation des publics en insertion",
        "La formation professionnelle des personnes en insertion se trouve au croisement de deux compétences…",
        "https://exemple.fr/dossiers/partenariats-region-departement-formation",
        "https://exemple.fr/api/dossiers/partenariats-region-departement-formation", 9, true,
        new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
}

[Description("Les dossiers publiés, le plus récemment publié ou révisé d'abord.")]
public sealed record DossiersResponse(
    [property: Description("Nombre de dossiers publiés.")] int Total,
    [property: Description("Les dossiers.")] IReadOnlyList<DossierSummary> Items)
{
    public static DossiersResponse Example => new(1, [DossierSummary.Example]);
}

[Description("Un dossier publié en entier : introduction, fiches dans l'ordre avec la note de l'équipe éditoriale, préconisations.")]
public sealed record DossierDetail(
    [property: Description("Identifiant stable.")] string Slug,
    [property: Description("Titre.")] string Title,
    [property: Description("Adresse de la page du dossier.")] string Url,
    [property: Description("Numéro de la révision publiée.")] int Revision,
    [property: Description("Dossier d'exemple illustratif.")] bool IsExample,
    [property: Description("Date de première publication (UTC).")] DateTimeOffset PublishedAt,
    [property: Description("Dernière publication d'une révision (UTC).")] DateTimeOffset UpdatedAt,
    [property: Description("Introduction.")] RichText Introduction,
    [property: Description("Les fiches publiées du dossier, dans son ordre (une fiche archivée depuis n'y figure plus).")] IReadOnlyList<DossierItemInfo> Items,
    [property: Description("Préconisations.")] RichText Recommendations)
{
    public static DossierDetail Example => new("partenariats-region-departement-formation",
        "Partenariats région-département pour la formation des publics en insertion", "https://exemple.fr/dossiers/partenariats-region-departement-formation",
        1, true, new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero),
        RichText.Example, [DossierItemInfo.Example], new("1. **Écrire la répartition des rôles.**", "<ol>\n<li><strong>Écrire la répartition des rôles.</strong></li>\n</ol>\n"));
}
