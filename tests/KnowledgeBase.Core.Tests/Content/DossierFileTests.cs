using System.Text.RegularExpressions;
using KnowledgeBase.Core.Initiatives;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Core.Tests.Content;

/// <summary>
/// The example dossiers of content/dossiers follow docs/content-format.md, so that the dossier
/// feature can import them when it exists: front matter with title, slug, example and an ordered
/// list of write-ups that exist, each with the editor's note; an introduction and recommendations.
/// Until then the write-up import leaves the folder alone (see ImportTests).
/// </summary>
public class DossierFileTests
{
    private sealed class DossierYaml
    {
        public bool Example { get; set; }
        public string? Slug { get; set; }
        public string? Title { get; set; }
        public List<ItemYaml>? Items { get; set; }
    }

    private sealed class ItemYaml
    {
        public string? Initiative { get; set; }
        public string? Note { get; set; }
    }

    // Unknown keys are errors, as for write-ups: a misspelt field must not pass silently.
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] Sections = ["Introduction", "Préconisations"];

    public static TheoryData<string> DossierFiles =>
        [.. Directory.GetFiles(ExampleContent.Folder("dossiers"), "*.md").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Fact]
    public void There_are_three_example_dossiers_or_more() => Assert.True(DossierFiles.Count >= 3);

    [Theory]
    [MemberData(nameof(DossierFiles))]
    public void Dossier_file_follows_the_content_format(string name)
    {
        var text = File.ReadAllText(Path.Combine(ExampleContent.Folder("dossiers"), name)).Replace("\r\n", "\n");
        var match = Regex.Match(text, @"\A---\n(?<yaml>.*?)\n---\n(?<body>.*)\z", RegexOptions.Singleline);
        Assert.True(match.Success, $"{name} : en-tête YAML absent.");
        var front = Yaml.Deserialize<DossierYaml>(match.Groups["yaml"].Value);

        Assert.True(front.Example, $"{name} : « example: true » manque.");
        Assert.Equal(Path.GetFileNameWithoutExtension(name), front.Slug);
        Assert.True(Slugs.IsValid(front.Slug), $"{name} : slug invalide.");
        Assert.False(string.IsNullOrWhiteSpace(front.Title), $"{name} : titre manquant.");
        Assert.True(front.Title!.Length <= ContentRules.TitleMaxLength, $"{name} : titre trop long.");

        var writeUps = ExampleContent.Files.Select(f => f.File.Slug).ToHashSet();
        var items = front.Items ?? [];
        Assert.True(items.Count >= 3, $"{name} : {items.Count} fiche(s), il en faut au moins trois.");
        Assert.All(items, item =>
        {
            Assert.True(item.Initiative is not null && writeUps.Contains(item.Initiative), $"{name} : fiche inconnue « {item.Initiative} ».");
            Assert.True(Regex.Matches(item.Note ?? "", @"\w+").Count >= 12, $"{name} : la note sur « {item.Initiative} » est vide ou trop courte.");
        });
        Assert.Equal(items.Count, items.Select(i => i.Initiative).Distinct().Count());

        var headings = Regex.Matches(match.Groups["body"].Value, @"^## (.+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(Sections, headings);
        Assert.Matches(@"\A\s*## ", match.Groups["body"].Value);
        foreach (var section in Regex.Split(match.Groups["body"].Value, @"^## .+$", RegexOptions.Multiline).Skip(1))
            Assert.True(Regex.Matches(section, @"\w+").Count >= 80, $"{name} : une section est trop courte.");
    }
}
