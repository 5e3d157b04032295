using System.Text;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Writes the whole published base in the content/ format: one file per public write-up (its
/// published revision), the taxonomies and the territories. The import reads it back to the
/// same base, and exporting that base again gives the same bytes: files are written in a fixed
/// order, with "\n" line ends, in UTF-8 without BOM.
/// </summary>
public sealed class ContentExporter(KnowledgeBaseDbContext db)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Exports into <paramref name="folder"/>. Write-up files of that folder that are not part
    /// of the base any more are removed, so that importing the folder gives this base.
    /// Contact emails are left out unless <paramref name="withContactEmails"/> (a backup for
    /// the site's operator, not for publication).
    /// </summary>
    public ExportReport Export(string folder, bool withContactEmails = false)
    {
        var initiatives = Path.Combine(folder, "initiatives");
        Directory.CreateDirectory(initiatives);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var published = db.Initiatives.AsNoTracking()
            .Where(i => i.PublishedRevisionId != null && i.State != WorkflowState.Archived)
            .OrderBy(i => i.Slug)
            .Include(i => i.PublishedRevision)
            .AsEnumerable();
        foreach (var initiative in published)
        {
            var file = new InitiativeFile
            {
                Slug = initiative.Slug,
                Content = initiative.PublishedRevision!.Content,
                IsExample = initiative.IsExample,
                EvidenceLevel = initiative.EvidenceLevel,
                PublishedAt = initiative.PublishedAt ?? initiative.CreatedAt,
            };
            var name = initiative.Slug + ".md";
            Write(Path.Combine(initiatives, name), InitiativeFileWriter.Write(file, withContactEmails));
            written.Add(name);
        }
        var removed = Directory.EnumerateFiles(initiatives, "*.md").Select(Path.GetFileName).OfType<string>()
            .Where(n => !written.Contains(n)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in removed) File.Delete(Path.Combine(initiatives, name));

        var taxonomy = Path.Combine(folder, "taxonomy");
        Directory.CreateDirectory(taxonomy);
        var terms = db.TaxonomyTerms.AsNoTracking().ToList();
        foreach (var kind in TaxonomyKinds.All)
        {
            var entries = terms.Where(t => t.Kind == kind).OrderBy(t => t.Position).ThenBy(t => t.Slug, StringComparer.Ordinal)
                .Select(t => new TermYaml { Slug = t.Slug, Fr = t.LabelFr, En = t.LabelEn, DescriptionFr = t.DescriptionFr, DescriptionEn = t.DescriptionEn })
                .ToList();
            Write(Path.Combine(taxonomy, kind + ".yml"), entries.Count == 0 ? "[]\n" : ContentYaml.Write(entries));
        }

        var territories = Path.Combine(folder, "territories");
        Directory.CreateDirectory(territories);
        var regions = db.Regions.AsNoTracking().ToList().OrderBy(r => r.Code, StringComparer.Ordinal);
        Write(Path.Combine(territories, "regions.csv"), Csv(["code", "name"], regions.Select(r => new[] { r.Code, r.Name })));
        var departements = db.Departements.AsNoTracking().ToList().OrderBy(d => d.Code, StringComparer.Ordinal);
        Write(Path.Combine(territories, "departements.csv"),
            Csv(["code", "name", "region"], departements.Select(d => new[] { d.Code, d.Name, d.RegionCode })));

        return new ExportReport(written.Count, removed);
    }

    private static void Write(string path, string text) => File.WriteAllText(path, text, Utf8);

    // The comma-separated files of content/territories, read back by TaxonomyFiles.
    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(string.Join(',', header)).Append('\n');
        foreach (var row in rows) text.Append(string.Join(',', row.Select(Field))).Append('\n');
        return text.ToString();

        static string Field(string value) =>
            value.IndexOfAny([',', '"', '\n', '\r']) >= 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private sealed class TermYaml
    {
        public string? Slug { get; set; }
        public string? Fr { get; set; }
        public string? En { get; set; }
        public string? DescriptionFr { get; set; }
        public string? DescriptionEn { get; set; }
    }
}

/// <summary>What an export wrote: how many write-ups, and which stale write-up files it removed.</summary>
public sealed record ExportReport(int Initiatives, IReadOnlyList<string> Removed)
{
    public override string ToString() =>
        $"{Initiatives} fiche(s) exportée(s)" + (Removed.Count > 0 ? $", {Removed.Count} ancien(s) fichier(s) retiré(s)" : "");
}
