using KnowledgeBase.Core.Initiatives;

namespace KnowledgeBase.TestSupport;

/// <summary>A complete, valid write-up to start from: <c>new ContentBuilder().Titled("…").Build()</c>.</summary>
public sealed class ContentBuilder
{
    private string title = "Un accueil de jour partagé pour les familles";
    private string summary = "Un accueil de jour ouvert par trois associations et le CCAS pour les familles sans solution de garde.";
    private string context = "Des familles monoparentales sans solution de garde renoncent aux rendez-vous d'insertion.";
    private string region = "53";
    private string departement = "35";
    private List<string> themes = ["accompagnement-social"];

    public ContentBuilder Titled(string value) { title = value; return this; }
    public ContentBuilder Summarised(string value) { summary = value; return this; }
    public ContentBuilder WithContext(string value) { context = value; return this; }
    public ContentBuilder In(string regionCode, string departementCode) { region = regionCode; departement = departementCode; return this; }
    public ContentBuilder OnThemes(params string[] values) { themes = [.. values]; return this; }

    public InitiativeContent Build() => new()
    {
        Title = title,
        Summary = summary,
        Sections = new Sections
        {
            Context = context,
            Objectives = "Permettre aux parents de suivre leur parcours.",
            Actions = "Une halte-garderie adossée aux permanences, ouverte sur rendez-vous.",
            Results = "Quarante familles accueillies la première année.",
        },
        Themes = themes,
        Publics = ["familles"],
        Territory = new Territory { RegionCode = region, DepartementCode = departement, Scope = "commune" },
        LeadOrganisation = new Organisation { Name = "CCAS de Rennes", Type = "commune-ccas" },
        StartYear = 2022,
        Stage = "experimentation",
        Contact = new Contact { Name = "Awa Diallo", Email = "awa.diallo@example.org" },
    };
}
