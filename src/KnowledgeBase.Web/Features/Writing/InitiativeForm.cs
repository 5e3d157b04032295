using System.ComponentModel.DataAnnotations;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Web.Features.Shared;

namespace KnowledgeBase.Web.Features.Writing;

/// <summary>
/// The write-up form as posted. Everything is kept as typed (strings for numbers too), so a
/// refused form comes back exactly as the person left it. Messages are French keys of
/// SharedResource; the names in [Display] are those of the form's labels.
/// </summary>
public sealed class InitiativeForm : IValidatableObject
{
    /// <summary>Rows of one list (partners, funders, links) a form may hold.</summary>
    public const int MaxRows = 100;
    public const int FunderMaxLength = 300;

    [Display(Name = "Version du formulaire")] public Guid Version { get; set; }

    [Display(Name = "Titre"), SingleLine, StringLength(ContentRules.TitleMaxLength)] public string? Title { get; set; }
    [Display(Name = "Résumé"), StringLength(ContentRules.SummaryMaxLength)] public string? Summary { get; set; }
    public Dictionary<string, string?> Sections { get; set; } = [];

    public List<string> Themes { get; set; } = [];
    public List<string> Publics { get; set; } = [];
    [Display(Name = "Mots-clés"), SingleLine, StringLength(1000)] public string? Keywords { get; set; }

    public string? Scope { get; set; }
    public string? RegionCode { get; set; }
    public string? DepartementCode { get; set; }
    [Display(Name = "Commune"), SingleLine, StringLength(200)] public string? Commune { get; set; }
    public string? TerritoryType { get; set; }

    [Display(Name = "Structure porteuse"), SingleLine, StringLength(300)] public string? LeadName { get; set; }
    public string? LeadType { get; set; }
    public List<PartnerRow> Partners { get; set; } = [];

    [Display(Name = "Année de démarrage"), Range(1945, 2100, ErrorMessage = "Indiquez une année entre 1945 et 2100.")] public int? StartYear { get; set; }
    [Display(Name = "Année de fin"), Range(1945, 2100, ErrorMessage = "Indiquez une année entre 1945 et 2100.")] public int? EndYear { get; set; }
    public string? Stage { get; set; }
    public string? BudgetRange { get; set; }
    [Display(Name = "Financeurs"), SingleLine] public List<string?> Funders { get; set; } = [];
    [Display(Name = "Personnes touchées"), Range(0, 100_000_000, ErrorMessage = "Indiquez un nombre de personnes entre 0 et 100 000 000.")] public int? PeopleReached { get; set; }

    [Display(Name = "Nom du contact"), SingleLine, StringLength(200)] public string? ContactName { get; set; }
    [Display(Name = "Fonction"), SingleLine, StringLength(200)] public string? ContactRole { get; set; }
    [Display(Name = "Courriel"), SingleLine, EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valable."), StringLength(254)] public string? ContactEmail { get; set; }
    public List<LinkRow> Links { get; set; } = [];
    [Display(Name = "Rédaction"), SingleLine, StringLength(1000)] public string? Authors { get; set; }

    public sealed class PartnerRow
    {
        [Display(Name = "Nom du partenaire"), SingleLine, StringLength(300)] public string? Name { get; set; }
        public string? Type { get; set; }
        [Display(Name = "Rôle du partenaire"), SingleLine, StringLength(500)] public string? Role { get; set; }
    }

    public sealed class LinkRow
    {
        [Display(Name = "Intitulé du lien"), SingleLine, StringLength(300)] public string? Title { get; set; }
        [Display(Name = "Adresse du lien"), SingleLine, StringLength(2000)] public string? Url { get; set; }
    }

    /// <summary>What no attribute says: the size of the lists.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Partners.Count > MaxRows) yield return new("Pas plus de 100 partenaires.", [nameof(Partners)]);
        if (Links.Count > MaxRows) yield return new("Pas plus de 100 liens.", [nameof(Links)]);
        if (Funders.Count > MaxRows) yield return new("Pas plus de 100 financeurs.", [nameof(Funders)]);
        if (Funders.Any(f => f?.Length > FunderMaxLength)) yield return new("Le nom d'un financeur compte au plus 300 caractères.", [nameof(Funders)]);
        if (Themes.Count > 50 || Publics.Count > 50) yield return new("Trop de valeurs cochées.", [Themes.Count > 50 ? nameof(Themes) : nameof(Publics)]);
    }

    public static InitiativeForm From(InitiativeContent c, Guid version) => new()
    {
        Version = version,
        Title = c.Title, Summary = c.Summary,
        Sections = SectionHeadings.All.ToDictionary(s => s.Key, s => (string?)s.Get(c.Sections)),
        Themes = [.. c.Themes], Publics = [.. c.Publics], Keywords = string.Join(", ", c.Keywords),
        Scope = c.Territory.Scope, RegionCode = c.Territory.RegionCode, DepartementCode = c.Territory.DepartementCode,
        Commune = c.Territory.Commune, TerritoryType = c.Territory.Type,
        LeadName = c.LeadOrganisation.Name, LeadType = c.LeadOrganisation.Type,
        Partners = c.Partners.Select(p => new PartnerRow { Name = p.Name, Type = p.Type, Role = p.Role }).ToList(),
        StartYear = c.StartYear, EndYear = c.EndYear, Stage = c.Stage, BudgetRange = c.BudgetRange,
        Funders = [.. c.Funders], PeopleReached = c.PeopleReached,
        ContactName = c.Contact.Name, ContactRole = c.Contact.Role, ContactEmail = c.Contact.Email,
        Links = c.Links.Select(l => new LinkRow { Title = l.Title, Url = l.Url }).ToList(),
        Authors = string.Join(", ", c.Authors),
    };

    public InitiativeContent ToContent()
    {
        var sections = new Sections();
        foreach (var s in SectionHeadings.All) s.Set(sections, Sections.GetValueOrDefault(s.Key)?.Trim() ?? "");
        return new InitiativeContent
        {
            Title = Title?.Trim() ?? "", Summary = Summary?.Trim() ?? "", Sections = sections,
            Themes = Themes.Distinct().ToList(), Publics = Publics.Distinct().ToList(), Keywords = SplitList(Keywords),
            Territory = new Territory
            {
                Scope = Blank(Scope), RegionCode = RegionCode ?? "", DepartementCode = DepartementCode ?? "",
                Commune = Blank(Commune), Type = Blank(TerritoryType),
            },
            LeadOrganisation = new Organisation { Name = LeadName?.Trim() ?? "", Type = LeadType ?? "" },
            Partners = Partners.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Role))
                .Select(p => new Partner { Name = p.Name?.Trim() ?? "", Type = p.Type ?? "", Role = Blank(p.Role) }).ToList(),
            StartYear = StartYear, EndYear = EndYear, Stage = Stage ?? "", BudgetRange = Blank(BudgetRange),
            Funders = Funders.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!.Trim()).ToList(),
            PeopleReached = PeopleReached,
            Contact = new Contact { Name = Blank(ContactName), Role = Blank(ContactRole), Email = Blank(ContactEmail) },
            Links = Links.Where(l => !string.IsNullOrWhiteSpace(l.Url))
                .Select(l => new Link { Title = Blank(l.Title) ?? l.Url!.Trim(), Url = l.Url!.Trim() }).ToList(),
            Authors = SplitList(Authors),
        };
    }

    /// <summary>The form field that shows a content problem (keys of ContentValidator).</summary>
    public static string FieldOf(string problemKey) => problemKey switch
    {
        "title" => nameof(Title),
        "summary" => nameof(Summary),
        "themes" => nameof(Themes),
        "publics" => nameof(Publics),
        "territory.region" => nameof(RegionCode),
        "territory.departement" => nameof(DepartementCode),
        "territory.scope" => nameof(Scope),
        "territory.type" => nameof(TerritoryType),
        "lead_organisation.name" => nameof(LeadName),
        "lead_organisation.type" => nameof(LeadType),
        "partners" => nameof(Partners),
        "period.start" => nameof(StartYear),
        "period.end" => nameof(EndYear),
        "stage" => nameof(Stage),
        "budget" => nameof(BudgetRange),
        "people_reached" => nameof(PeopleReached),
        "links" => nameof(Links),
        _ when problemKey.StartsWith("sections.") => $"Sections[{problemKey[9..]}]",
        _ => "",
    };

    /// <summary>Leaves at least one empty row of each list to type into.</summary>
    public InitiativeForm WithBlankRows()
    {
        if (Partners.Count == 0 || !string.IsNullOrWhiteSpace(Partners[^1].Name)) Partners.Add(new PartnerRow());
        if (Funders.Count == 0 || !string.IsNullOrWhiteSpace(Funders[^1])) Funders.Add(null);
        if (Links.Count == 0 || !string.IsNullOrWhiteSpace(Links[^1].Url)) Links.Add(new LinkRow());
        return this;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> SplitList(string? value) =>
        (value ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
