using System.ComponentModel;

namespace KnowledgeBase.Web.Api;

// The observatory's figures and cross tables.

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
