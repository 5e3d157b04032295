using System.ComponentModel;

namespace KnowledgeBase.Web.Api;

// The public read API's documents. Each type carries its description and an example, which the
// OpenAPI document shows (OpenApiRegistration); every property is always present (null when empty).

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
