namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// The structured write-up of PRODUCT.md. Controlled values (themes, publics, stage, budget
/// range, organisation types, territory scope and type) are taxonomy slugs.
/// </summary>
public class InitiativeContent
{
    public string Title { get; set; } = "";
    /// <summary>Plain text, at most <see cref="ContentRules.SummaryMaxLength"/> characters.</summary>
    public string Summary { get; set; } = "";
    public Sections Sections { get; set; } = new();

    public List<string> Themes { get; set; } = [];
    public List<string> Publics { get; set; } = [];
    public List<string> Keywords { get; set; } = [];

    public Territory Territory { get; set; } = new();
    public Organisation LeadOrganisation { get; set; } = new();
    public List<Partner> Partners { get; set; } = [];

    public int? StartYear { get; set; }
    /// <summary>Null while the initiative is ongoing.</summary>
    public int? EndYear { get; set; }
    public string Stage { get; set; } = "";

    public string? BudgetRange { get; set; }
    public List<string> Funders { get; set; } = [];
    public int? PeopleReached { get; set; }
    public Contact Contact { get; set; } = new();
    public List<Link> Links { get; set; } = [];
    public List<string> Authors { get; set; } = [];

    /// <summary>A copy sharing the same field values (lists included): callers replace what they change.</summary>
    public InitiativeContent ShallowCopy() => (InitiativeContent)MemberwiseClone();
}

/// <summary>The Markdown sections of a write-up.</summary>
public class Sections
{
    public string Context { get; set; } = "";
    public string Objectives { get; set; } = "";
    public string Actions { get; set; } = "";
    public string Partnerships { get; set; } = "";
    public string Resources { get; set; } = "";
    public string Results { get; set; } = "";
    public string Participation { get; set; } = "";
    public string Difficulties { get; set; } = "";
    public string SuccessFactors { get; set; } = "";
    public string Transferability { get; set; } = "";
}

public class Territory
{
    /// <summary>commune, intercommunalite, departement, region or national.</summary>
    public string? Scope { get; set; }
    public string RegionCode { get; set; } = "";
    public string DepartementCode { get; set; } = "";
    public string? Commune { get; set; }
    /// <summary>urbain, rural or quartier-prioritaire.</summary>
    public string? Type { get; set; }
}

public class Organisation
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
}

public class Partner
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "";
    public string? Role { get; set; }
}

public class Contact
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    /// <summary>Shown only to signed-in members.</summary>
    public string? Email { get; set; }
}

public class Link
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}
