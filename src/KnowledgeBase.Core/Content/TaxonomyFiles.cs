using KnowledgeBase.Core.Taxonomy;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Core.Content;

/// <summary>Reads content/taxonomy/*.yml and content/territories/*.csv.</summary>
public static class TaxonomyFiles
{
    /// <summary>An entry of a taxonomy file; <c>retired</c> and <c>merged_into</c> record what editors did in the site.</summary>
    internal sealed class TermYaml
    {
        public string? Slug { get; set; }
        public string? Fr { get; set; }
        public string? En { get; set; }
        public string? DescriptionFr { get; set; }
        public string? DescriptionEn { get; set; }
        public bool Retired { get; set; }
        public string? MergedInto { get; set; }
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
                    RetiredAt = e.Retired ? DateTime.UnixEpoch : null, MergedIntoSlug = string.IsNullOrWhiteSpace(e.MergedInto) ? null : e.MergedInto.Trim(),
                });
            }
        }
        foreach (var merged in terms.Where(t => t.MergedIntoSlug is not null))
            if (!terms.Any(t => t.Kind == merged.Kind && t.Slug == merged.MergedIntoSlug && t.Slug != merged.Slug))
                throw new InvalidDataException($"taxonomy/{merged.Kind}.yml : « {merged.Slug} » est fusionné dans « {merged.MergedIntoSlug} », qui n'est pas un autre terme du fichier.");
        return terms;
    }

    /// <summary>The terms as a taxonomy file writes them, in order (the export).</summary>
    internal static List<TermYaml> ToYaml(IEnumerable<TaxonomyTerm> terms) =>
        [.. terms.Select(t => new TermYaml
        {
            Slug = t.Slug, Fr = t.LabelFr, En = t.LabelEn, DescriptionFr = t.DescriptionFr, DescriptionEn = t.DescriptionEn,
            Retired = t.RetiredAt is not null, MergedInto = t.MergedIntoSlug,
        })];

    /// <summary>The sector synonym groups of content/taxonomy/synonyms.yml (imported into the database, where the site edits them).</summary>
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
