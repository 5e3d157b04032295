
namespace KnowledgeBase.Core.Content;

/// <summary>The YAML front matter of a content/initiatives file (docs/content-format.md).</summary>
internal sealed class FrontMatter
{
    public bool Example { get; set; }
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public List<string>? Themes { get; set; }
    public List<string>? Publics { get; set; }
    public List<string>? Keywords { get; set; }
    public TerritoryYaml? Territory { get; set; }
    public OrganisationYaml? LeadOrganisation { get; set; }
    public List<PartnerYaml>? Partners { get; set; }
    public PeriodYaml? Period { get; set; }
    public string? Stage { get; set; }
    public string? Budget { get; set; }
    public List<string>? Funders { get; set; }
    public int? PeopleReached { get; set; }
    public ContactYaml? Contact { get; set; }
    public List<LinkYaml>? Links { get; set; }
    public List<string>? Authors { get; set; }
    public string? Evidence { get; set; }
    public DateTime? Published { get; set; }

    internal sealed class TerritoryYaml
    {
        public string? Scope { get; set; }
        public string? Region { get; set; }
        public string? Departement { get; set; }
        public string? Commune { get; set; }
        public string? Type { get; set; }
    }

    internal sealed class OrganisationYaml
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
    }

    internal sealed class PartnerYaml
    {
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? Role { get; set; }
    }

    internal sealed class PeriodYaml
    {
        public int? Start { get; set; }
        public int? End { get; set; }
    }

    internal sealed class ContactYaml
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Email { get; set; }
    }

    internal sealed class LinkYaml
    {
        public string? Title { get; set; }
        public string? Url { get; set; }
    }
}
