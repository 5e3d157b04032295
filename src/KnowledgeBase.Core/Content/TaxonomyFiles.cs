using KnowledgeBase.Core.Taxonomy;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Core.Content;

/// <summary>Reads content/taxonomy/*.yml and content/territories/*.csv.</summary>
public static class TaxonomyFiles
{
    private sealed class TermYaml
    {
        public string? Slug { get; set; }
        public string? Fr { get; set; }
        public string? En { get; set; }
        public string? DescriptionFr { get; set; }
        public string? DescriptionEn { get; set; }
    }

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static List<TaxonomyTerm> ReadTerms(string contentRoot)
    {
        var terms = new List<TaxonomyTerm>();
        foreach (var kind in TaxonomyKinds.All)
        {
            var path = Path.Combine(contentRoot, "taxonomy", kind + ".yml");
            var entries = Yaml.Deserialize<List<TermYaml>>(File.ReadAllText(path)) ?? [];
            var position = 0;
            foreach (var e in entries)
            {
                if (string.IsNullOrWhiteSpace(e.Slug) || string.IsNullOrWhiteSpace(e.Fr))
                    throw new InvalidDataException($"{path} : chaque entrée doit avoir « slug » et « fr ».");
                terms.Add(new TaxonomyTerm
                {
                    Kind = kind, Slug = e.Slug, LabelFr = e.Fr, LabelEn = e.En ?? e.Fr,
                    DescriptionFr = e.DescriptionFr, DescriptionEn = e.DescriptionEn, Position = position++,
                });
            }
        }
        return terms;
    }

    /// <summary>The sector synonym groups of content/taxonomy/synonyms.yml (used by the search).</summary>
    public static List<List<string>> ReadSynonyms(string contentRoot)
    {
        var path = Path.Combine(contentRoot, "taxonomy", "synonyms.yml");
        return File.Exists(path) ? Yaml.Deserialize<List<List<string>>>(File.ReadAllText(path)) ?? [] : [];
    }

    public static List<Region> ReadRegions(string contentRoot) =>
        ReadCsv(Path.Combine(contentRoot, "territories", "regions.csv"))
            .Select(f => new Region { Code = f[0], Name = f[1] }).ToList();

    public static List<Departement> ReadDepartements(string contentRoot) =>
        ReadCsv(Path.Combine(contentRoot, "territories", "departements.csv"))
            .Select(f => new Departement { Code = f[0], Name = f[1], RegionCode = f[2] }).ToList();

    // Small CSV reader: header skipped, fields may be double-quoted.
    private static IEnumerable<string[]> ReadCsv(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = !quoted;
                else if (c == ',' && !quoted) { fields.Add(field.ToString().Trim()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString().Trim());
            yield return [.. fields];
        }
    }
}
