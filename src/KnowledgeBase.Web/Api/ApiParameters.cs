using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;

namespace KnowledgeBase.Web.Api;

public enum ApiParameterKind { Text, Integer, DateTime, Choice, Facet }

/// <summary>
/// A query parameter of an API endpoint. The same list documents the endpoint in the OpenAPI
/// document and decides what a request may carry: anything else is refused with a 400.
/// </summary>
public sealed record ApiParameter(string Name, string Description, ApiParameterKind Kind, string Example,
    bool Multiple = false, int Min = 1, int Max = int.MaxValue, IReadOnlyList<string>? Choices = null);

/// <summary>Endpoint metadata: the query parameters an endpoint accepts.</summary>
public sealed class ApiParameters(IReadOnlyList<ApiParameter> parameters)
{
    public IReadOnlyList<ApiParameter> All => parameters;

    public static readonly ApiParameter Lang = new("lang", "Langue des libellés : fr (par défaut) ou en. À défaut, l'en-tête Accept-Language décide.",
        ApiParameterKind.Choice, "fr", Choices: ["fr", "en"]);

    public static readonly ApiParameter Query = new("q",
        "Texte recherché (mots tous requis, \"expression exacte\", -mot exclu, préfixe*). Vide : toutes les fiches qui passent les filtres.",
        ApiParameterKind.Text, "logement jeunes");

    /// <summary>The search's filters, one parameter per facet, each repeatable (values of one facet are alternatives).</summary>
    public static readonly IReadOnlyList<ApiParameter> Filters =
    [
        Facet(FacetNames.Theme, "Thématique (slug de /api/taxonomies, vocabulaire themes).", "logement"),
        Facet(FacetNames.Public, "Public (vocabulaire publics).", "jeunes-16-25"),
        Facet(FacetNames.Region, "Région (code INSEE de /api/territories).", "84"),
        Facet(FacetNames.Departement, "Département (code INSEE).", "69"),
        Facet(FacetNames.OrganisationType, "Type de la structure porteuse (vocabulaire organisation-types).", "association"),
        Facet(FacetNames.Stage, "Stade d'avancement (vocabulaire stages).", "etabli"),
        Facet(FacetNames.Evidence, "Niveau de preuve : emergent, prometteur ou eprouve.", "prometteur"),
        Facet(FacetNames.Year, "Année de publication (quatre chiffres).", "2025"),
        Facet(FacetNames.Period, "Période de démarrage, par tranche de cinq ans (« 2020-2024 »).", "2020-2024"),
    ];

    private static ApiParameter Facet(string name, string description, string example) =>
        new(name, description + " Répétable : les valeurs d'un même filtre s'ajoutent (OU), les filtres se combinent (ET).",
            ApiParameterKind.Facet, example, Multiple: true);

    /// <summary>Checks a request's query string; each problem is a French sentence under the parameter's name.</summary>
    public Dictionary<string, string[]> Check(IQueryCollection query, Catalog catalog)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, values) in query)
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == key);
            if (parameter is null)
            {
                errors[key] = [$"Paramètre inconnu : « {key} ». Paramètres acceptés : {string.Join(", ", parameters.Select(p => p.Name))}."];
                continue;
            }
            if (!parameter.Multiple && values.Count > 1)
            {
                errors[key] = [$"Le paramètre « {key} » ne peut être donné qu'une fois."];
                continue;
            }
            var problems = values.Select(v => Problem(parameter, v ?? "", catalog)).OfType<string>().Distinct().ToArray();
            if (problems.Length > 0) errors[key] = problems;
        }
        return errors;
    }

    private static string? Problem(ApiParameter p, string value, Catalog catalog)
    {
        switch (p.Kind)
        {
            case ApiParameterKind.Integer:
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= p.Min && n <= p.Max
                    ? null
                    : $"« {p.Name} » doit être un entier de {p.Min} à {p.Max} (reçu : « {Shorten(value)} »).";
            case ApiParameterKind.DateTime:
                return ParseDate(value) is not null
                    ? null
                    : $"« {p.Name} » doit être une date ISO 8601, par exemple 2025-01-31 ou 2025-01-31T08:00:00Z (reçu : « {Shorten(value)} »).";
            case ApiParameterKind.Choice:
                return p.Choices!.Contains(value) ? null : $"« {p.Name} » vaut {string.Join(" ou ", p.Choices!)} (reçu : « {Shorten(value)} »).";
            case ApiParameterKind.Facet:
                return IsKnown(p.Name, value, catalog) ? null : $"Valeur inconnue pour « {p.Name} » : « {Shorten(value)} ».";
            default:
                return null;
        }
    }

    /// <summary>A date (taken as UTC midnight) or a date and time with its offset; null when neither.</summary>
    public static DateTimeOffset? ParseDate(string value) =>
        DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null;

    private static bool IsKnown(string facet, string value, Catalog catalog) => facet switch
    {
        FacetNames.Theme => catalog.Has(TaxonomyKinds.Themes, value),
        FacetNames.Public => catalog.Has(TaxonomyKinds.Publics, value),
        FacetNames.Stage => catalog.Has(TaxonomyKinds.Stages, value),
        FacetNames.Evidence => catalog.Has(TaxonomyKinds.EvidenceLevels, value),
        FacetNames.OrganisationType => catalog.Has(TaxonomyKinds.OrganisationTypes, value),
        FacetNames.Region => catalog.Region(value) is not null,
        FacetNames.Departement => catalog.Departement(value) is not null,
        FacetNames.Year => Regex.IsMatch(value, "^(19|20|21)[0-9]{2}$"),
        FacetNames.Period => Regex.IsMatch(value, "^[0-9]{4}-[0-9]{4}$")
                             && int.Parse(value[..4], CultureInfo.InvariantCulture) is var start
                             && Core.Indexing.Periods.Of(start) == value,
        _ => false,
    };

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
