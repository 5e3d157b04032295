using System.Text;
using KnowledgeBase.Core.Dossiers;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// A content/dossiers/*.md file (docs/content-format.md) read into a typed dossier, or the
/// reasons it cannot be: front matter with the slug, title and ordered write-ups (by slug, each
/// with the editor's note), then the sections "Introduction" and "Préconisations".
/// </summary>
public sealed class DossierFile
{
    public const string IntroductionHeading = "Introduction";
    public const string RecommendationsHeading = "Préconisations";

    public required string Slug { get; init; }
    public bool IsExample { get; init; }
    public required string Title { get; init; }
    public string Introduction { get; init; } = "";
    public string Recommendations { get; init; } = "";

    /// <summary>The write-ups, in order: slug and note.</summary>
    public IReadOnlyList<(string Initiative, string Note)> Items { get; init; } = [];

    /// <summary>Date of first publication, when the file gives one (exports do).</summary>
    public DateTime? PublishedAt { get; init; }

    internal sealed class FrontYaml
    {
        public bool Example { get; set; }
        public string? Slug { get; set; }
        public string? Title { get; set; }
        public List<ItemYaml>? Items { get; set; }
        public DateTime? Published { get; set; }
    }

    internal sealed class ItemYaml
    {
        public string? Initiative { get; set; }
        public string? Note { get; set; }
    }

    // Unknown keys are errors, as for write-ups: a misspelt field must not pass silently.
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses the file's text; the problems say, in French, why it cannot be imported.</summary>
    public static (DossierFile? File, IReadOnlyList<string> Problems) Parse(string fileName, string text)
    {
        var normalised = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!normalised.StartsWith("---\n") || normalised.IndexOf("\n---", 3, StringComparison.Ordinal) is var end && end < 0)
            return (null, ["l'en-tête YAML (entre deux lignes « --- ») est absent."]);
        var yaml = normalised[4..(end + 1)];
        var afterFence = normalised.IndexOf('\n', end + 4);
        var body = afterFence < 0 ? "" : normalised[(afterFence + 1)..];

        FrontYaml? front;
        try
        {
            front = Yaml.Deserialize<FrontYaml>(yaml);
        }
        catch (YamlException e)
        {
            var where = e.Start.Line > 0 ? $" (ligne {e.Start.Line + 1})" : "";
            return (null, [$"l'en-tête YAML est invalide{where} : {(e.InnerException ?? e).Message}"]);
        }
        if (front is null) return (null, ["l'en-tête YAML est vide."]);

        var problems = new List<string>();
        var expectedSlug = Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(front.Slug)) problems.Add("le champ « slug » est obligatoire.");
        else if (!Slugs.IsValid(front.Slug)) problems.Add($"le slug « {front.Slug} » doit être en minuscules (a-z, 0-9, tirets).");
        else if (front.Slug != expectedSlug) problems.Add($"le slug « {front.Slug} » doit être égal au nom du fichier (« {expectedSlug} »).");
        var items = new List<(string, string)>();
        foreach (var item in front.Items ?? [])
        {
            if (string.IsNullOrWhiteSpace(item?.Initiative)) problems.Add("chaque élément de « items » doit nommer sa fiche (« initiative »).");
            else items.Add((item.Initiative.Trim(), item.Note?.Trim() ?? ""));
        }
        var sections = ReadSections(body, problems);
        if (problems.Count > 0) return (null, problems);
        return (new DossierFile
        {
            Slug = front.Slug!,
            IsExample = front.Example,
            Title = front.Title?.Trim() ?? "",
            Items = items,
            Introduction = sections.GetValueOrDefault(IntroductionHeading, ""),
            Recommendations = sections.GetValueOrDefault(RecommendationsHeading, ""),
            PublishedAt = front.Published is { } date ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc) : null,
        }, problems);
    }

    /// <summary>The dossier's content with its write-ups given by id; null ids are slugs the caller does not know.</summary>
    public DossierContent ToContent(IReadOnlyDictionary<string, long> idsBySlug) => new()
    {
        Title = Title,
        Introduction = Introduction,
        Recommendations = Recommendations,
        Items = [.. Items.Select(i => new DossierItem { InitiativeId = idsBySlug.GetValueOrDefault(i.Initiative), Note = i.Note })],
    };

    private static Dictionary<string, string> ReadSections(string body, List<string> problems)
    {
        var sections = new Dictionary<string, string>();
        string? current = null;
        var text = new StringBuilder();
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("## "))
            {
                Flush();
                var heading = line[3..].Trim();
                current = new[] { IntroductionHeading, RecommendationsHeading }.FirstOrDefault(h => string.Equals(h, heading, StringComparison.OrdinalIgnoreCase));
                if (current is null) problems.Add($"section inconnue : « {heading} » (seules « {IntroductionHeading} » et « {RecommendationsHeading} » existent).");
                else if (sections.ContainsKey(current)) problems.Add($"section en double : « {current} ».");
                continue;
            }
            if (current is null && !string.IsNullOrWhiteSpace(line) && problems.Count == 0)
                problems.Add("du texte précède la première section (« ## Introduction »).");
            text.AppendLine(line);
        }
        Flush();
        return sections;

        void Flush()
        {
            if (current is not null) sections[current] = text.ToString().Trim();
            text.Clear();
        }
    }
}

/// <summary>Writes a dossier in the content/ format, the inverse of <see cref="DossierFile.Parse"/>.</summary>
public static class DossierFileWriter
{
    public static string Write(DossierFile file)
    {
        var front = new DossierFile.FrontYaml
        {
            Example = file.IsExample,
            Slug = file.Slug,
            Title = file.Title,
            Items = [.. file.Items.Select(i => new DossierFile.ItemYaml { Initiative = i.Initiative, Note = i.Note.Length == 0 ? null : i.Note })],
            Published = file.PublishedAt?.Date,
        };
        var text = new StringBuilder("---\n").Append(ContentYaml.Write(front)).Append("---\n");
        foreach (var (heading, body) in new[] { (DossierFile.IntroductionHeading, file.Introduction), (DossierFile.RecommendationsHeading, file.Recommendations) })
        {
            // A level-2 heading typed inside would start another section when read back.
            var kept = string.Join('\n', body.Trim().Replace("\r\n", "\n").Split('\n').Select(line => line.StartsWith("## ") ? "#" + line : line));
            text.Append("\n## ").Append(heading).Append("\n\n").Append(kept).Append('\n');
        }
        return text.ToString();
    }
}
