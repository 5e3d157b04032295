using System.Text;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Writes a write-up in the content/ format (docs/content-format.md), the inverse of
/// <see cref="InitiativeFile.Parse"/>: reading back what this writes gives the same write-up.
/// </summary>
public static class InitiativeFileWriter
{
    /// <summary>
    /// The file's text. The contact's email is left out unless <paramref name="withContactEmail"/>:
    /// it is shown to signed-in members only, and exports are public.
    /// </summary>
    public static string Write(InitiativeFile file, bool withContactEmail = false)
    {
        var c = file.Content;
        var front = new FrontMatter
        {
            Example = file.IsExample,
            Slug = file.Slug,
            Title = c.Title,
            Summary = c.Summary,
            Themes = c.Themes,
            Publics = c.Publics,
            Keywords = c.Keywords,
            Territory = new FrontMatter.TerritoryYaml
            {
                Scope = Blank(c.Territory.Scope), Region = c.Territory.RegionCode, Departement = c.Territory.DepartementCode,
                Commune = Blank(c.Territory.Commune), Type = Blank(c.Territory.Type),
            },
            LeadOrganisation = new FrontMatter.OrganisationYaml { Name = c.LeadOrganisation.Name, Type = c.LeadOrganisation.Type },
            Partners = c.Partners.Select(p => new FrontMatter.PartnerYaml { Name = p.Name, Type = Blank(p.Type), Role = Blank(p.Role) }).ToList(),
            Period = c.StartYear is null && c.EndYear is null ? null : new FrontMatter.PeriodYaml { Start = c.StartYear, End = c.EndYear },
            Stage = Blank(c.Stage),
            Budget = Blank(c.BudgetRange),
            Funders = c.Funders,
            PeopleReached = c.PeopleReached,
            Contact = Contact(c.Contact, withContactEmail),
            Links = c.Links.Select(l => new FrontMatter.LinkYaml { Title = l.Title, Url = l.Url }).ToList(),
            Authors = c.Authors,
            Evidence = file.EvidenceLevel.ToSlug(),
            Published = file.PublishedAt.Date,
        };

        var text = new StringBuilder("---\n").Append(ContentYaml.Write(front)).Append("---\n");
        foreach (var section in SectionHeadings.All)
        {
            var body = section.Get(c.Sections).Trim();
            if (body.Length == 0) continue;
            text.Append("\n## ").Append(section.Heading).Append("\n\n").Append(KeepInside(body)).Append('\n');
        }
        return text.ToString();
    }

    private static FrontMatter.ContactYaml? Contact(Contact contact, bool withEmail)
    {
        var email = withEmail ? Blank(contact.Email) : null;
        return contact.Name is null && contact.Role is null && email is null
            ? null
            : new FrontMatter.ContactYaml { Name = Blank(contact.Name), Role = Blank(contact.Role), Email = email };
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>
    /// A level-2 heading inside a section would start another section when read back (even in
    /// a code block): it is written one level down, the only change an export ever makes.
    /// </summary>
    private static string KeepInside(string markdown) =>
        string.Join('\n', markdown.Replace("\r\n", "\n").Split('\n').Select(line => line.StartsWith("## ") ? "#" + line : line));
}
