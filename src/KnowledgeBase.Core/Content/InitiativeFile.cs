using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Core.Content;

/// <summary>A content/initiatives/*.md file read into a typed write-up, or the reason it cannot be.</summary>
public sealed class InitiativeFile
{
    public required string Slug { get; init; }
    public required InitiativeContent Content { get; init; }
    public bool IsExample { get; init; }
    public EvidenceLevel EvidenceLevel { get; init; }
    public DateTime PublishedAt { get; init; }

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses the file's text; the problems say, in French, why it cannot be imported.</summary>
    public static (InitiativeFile? File, IReadOnlyList<string> Problems) Parse(string fileName, string text)
    {
        var problems = new List<string>();
        var (yaml, body) = SplitFrontMatter(text.Replace("\r\n", "\n"));
        if (yaml is null) return (null, ["l'en-tête YAML (entre deux lignes « --- ») est absent."]);

        FrontMatter? front;
        try
        {
            front = Yaml.Deserialize<FrontMatter>(yaml);
        }
        catch (YamlException e)
        {
            var where = e.Start.Line > 0 ? $" (ligne {e.Start.Line + 1})" : "";
            return (null, [$"l'en-tête YAML est invalide{where} : {(e.InnerException ?? e).Message}"]);
        }
        if (front is null) return (null, ["l'en-tête YAML est vide."]);

        var expectedSlug = Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(front.Slug)) problems.Add("le champ « slug » est obligatoire.");
        else if (!Slugs.IsValid(front.Slug)) problems.Add($"le slug « {front.Slug} » doit être en minuscules (a-z, 0-9, tirets).");
        else if (front.Slug != expectedSlug) problems.Add($"le slug « {front.Slug} » doit être égal au nom du fichier (« {expectedSlug} »).");
        if (front.Published is null) problems.Add("le champ « published » (date de publication) est obligatoire.");
        var evidence = EvidenceLevels.FromSlug(front.Evidence ?? "emergent");
        if (evidence is null) problems.Add($"niveau de preuve inconnu : « {front.Evidence} ».");

        var content = ToContent(front);
        ReadSections(body, content.Sections, problems);
        if (problems.Count > 0) return (null, problems);
        return (new InitiativeFile
        {
            Slug = front.Slug!,
            Content = content,
            IsExample = front.Example,
            EvidenceLevel = evidence!.Value,
            PublishedAt = DateTime.SpecifyKind(front.Published!.Value.Date, DateTimeKind.Utc),
        }, problems);
    }

    private static (string? Yaml, string Body) SplitFrontMatter(string text)
    {
        text = text.TrimStart('\uFEFF');
        if (!text.StartsWith("---\n")) return (null, text);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return (null, text);
        var afterFence = text.IndexOf('\n', end + 4);
        return (text[4..(end + 1)], afterFence < 0 ? "" : text[(afterFence + 1)..]);
    }

    private static InitiativeContent ToContent(FrontMatter f) => new()
    {
        Title = f.Title?.Trim() ?? "",
        Summary = f.Summary?.Trim() ?? "",
        Themes = f.Themes ?? [],
        Publics = f.Publics ?? [],
        Keywords = f.Keywords ?? [],
        Territory = new Territory
        {
            Scope = f.Territory?.Scope,
            RegionCode = f.Territory?.Region ?? "",
            DepartementCode = f.Territory?.Departement ?? "",
            Commune = f.Territory?.Commune,
            Type = f.Territory?.Type,
        },
        LeadOrganisation = new Organisation { Name = f.LeadOrganisation?.Name ?? "", Type = f.LeadOrganisation?.Type ?? "" },
        Partners = f.Partners?.Select(p => new Partner { Name = p.Name ?? "", Type = p.Type ?? "", Role = p.Role }).ToList() ?? [],
        StartYear = f.Period?.Start,
        EndYear = f.Period?.End,
        Stage = f.Stage ?? "",
        BudgetRange = f.Budget,
        Funders = f.Funders ?? [],
        PeopleReached = f.PeopleReached,
        Contact = new Contact { Name = f.Contact?.Name, Role = f.Contact?.Role, Email = f.Contact?.Email },
        Links = f.Links?.Select(l => new Link { Title = l.Title ?? l.Url ?? "", Url = l.Url ?? "" }).ToList() ?? [],
        Authors = f.Authors ?? [],
    };

    private static void ReadSections(string body, Sections sections, List<string> problems)
    {
        SectionHeadings.Entry? current = null;
        var seen = new HashSet<string>();
        var text = new StringBuilder();
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## "))
            {
                Flush();
                current = SectionHeadings.ByHeading(line[3..]);
                if (current is null) problems.Add($"section inconnue : « {line[3..].Trim()} ».");
                else if (!seen.Add(current.Key)) problems.Add($"section en double : « {current.Heading} ».");
                continue;
            }
            if (current is null && !string.IsNullOrWhiteSpace(line) && problems.Count == 0)
                problems.Add("du texte précède la première section (« ## Titre de section »).");
            text.AppendLine(line);
        }
        Flush();

        void Flush()
        {
            if (current is not null) current.Set(sections, text.ToString().Trim());
            text.Clear();
        }
    }
}
