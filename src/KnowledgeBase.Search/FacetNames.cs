namespace KnowledgeBase.Search;

/// <summary>The facets the knowledge base filters and counts on.</summary>
public static class FacetNames
{
    public const string Theme = "theme";
    public const string Public = "public";
    public const string Region = "region";
    public const string Departement = "departement";

    /// <summary>Type of the lead organisation (organisation-types.yml), e.g. "association".</summary>
    public const string OrganisationType = "organisation";

    public const string Stage = "stage";
    public const string Evidence = "evidence";

    /// <summary>Year of publication, e.g. "2024".</summary>
    public const string Year = "year";

    /// <summary>Start-year bucket, e.g. "2015-2019".</summary>
    public const string Period = "period";

    /// <summary>Every facet, in display order; counted when a request names none.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Theme, Public, Region, Departement, OrganisationType, Stage, Evidence, Year, Period];
}
