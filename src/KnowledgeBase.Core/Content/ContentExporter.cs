using System.Text;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Writes the whole published base in the content/ format: one file per public write-up (its
/// published revision, merged terms written as their targets), one per published dossier (its
/// public write-ups), the taxonomies as the site has them now (retired and merged terms
/// marked), the synonym groups and the territories. The import reads it back to the same base,
/// and exporting that base again gives the same bytes: files are written in a fixed order, with
/// "\n" line ends, in UTF-8 without BOM.
/// </summary>
public sealed class ContentExporter(KnowledgeBaseDbContext db, CatalogCache catalogs)
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
        var catalog = catalogs.Get(db);
        var initiatives = Path.Combine(folder, "initiatives");
        Directory.CreateDirectory(initiatives);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var published = db.Initiatives.AsNoTracking()
            .Where(Initiative.Public)
            .OrderBy(i => i.Slug)
            .Include(i => i.PublishedRevision)
            .AsEnumerable();
        foreach (var initiative in published)
        {
            var file = new InitiativeFile
            {
                Slug = initiative.Slug,
                Content = catalog.Canonical(initiative.PublishedRevision!.Content),
                IsExample = initiative.IsExample,
                EvidenceLevel = initiative.EvidenceLevel,
                PublishedAt = initiative.PublishedAt ?? initiative.CreatedAt,
            };
            var name = initiative.Slug + ".md";
            Write(Path.Combine(initiatives, name), InitiativeFileWriter.Write(file, withContactEmails));
            written.Add(name);
        }
        var removed = RemoveOthers(initiatives, written, "");
        var (dossierCount, removedDossiers) = ExportDossiers(Path.Combine(folder, ContentImporter.DossiersFolder));

        var taxonomy = Path.Combine(folder, "taxonomy");
        Directory.CreateDirectory(taxonomy);
        var terms = db.TaxonomyTerms.AsNoTracking().ToList();
        foreach (var kind in TaxonomyKinds.All)
        {
            var entries = TaxonomyFiles.ToYaml(terms.Where(t => t.Kind == kind).OrderBy(t => t.Position).ThenBy(t => t.Slug, StringComparer.Ordinal));
            Write(Path.Combine(taxonomy, kind + ".yml"), entries.Count == 0 ? "[]\n" : ContentYaml.Write(entries));
        }
        var groups = db.SynonymGroups.AsNoTracking().OrderBy(g => g.Position).ThenBy(g => g.Id).ToList().Select(g => g.Expressions).ToList();
        Write(Path.Combine(taxonomy, "synonyms.yml"), SynonymsHeader + (groups.Count == 0 ? "[]\n" : ContentYaml.Write(groups)));

        var territories = Path.Combine(folder, "territories");
        Directory.CreateDirectory(territories);
        var regions = db.Regions.AsNoTracking().ToList().OrderBy(r => r.Code, StringComparer.Ordinal);
        Write(Path.Combine(territories, "regions.csv"), Csv(["code", "name"], regions.Select(r => new[] { r.Code, r.Name })));
        var departements = db.Departements.AsNoTracking().ToList().OrderBy(d => d.Code, StringComparer.Ordinal);
        Write(Path.Combine(territories, "departements.csv"),
            Csv(["code", "name", "region"], departements.Select(d => new[] { d.Code, d.Name, d.RegionCode })));

        return new ExportReport(written.Count, [.. removed, .. removedDossiers], dossierCount);
    }

    private const string SynonymsHeader =
        "# Synonymes du secteur, appliqués aux requêtes de recherche : une ligne = un groupe d'expressions équivalentes.\n"
        + "# Exporté depuis le site, où l'équipe éditoriale les modifie (/gestion/synonymes).\n";

    /// <summary>One file per published dossier, with the write-ups of it that are public (the others are not exported).</summary>
    private (int Count, List<string> Removed) ExportDossiers(string folder)
    {
        Directory.CreateDirectory(folder);
        var dossiers = db.Dossiers.AsNoTracking()
            .Where(Dossier.Public)
            .OrderBy(d => d.Slug).Include(d => d.PublishedRevision).ToList();
        var cited = dossiers.SelectMany(d => d.PublishedRevision!.Content.Items.Select(i => i.InitiativeId)).Distinct().ToList();
        var slugs = db.Initiatives.AsNoTracking()
            .Where(Initiative.Public).Where(i => cited.Contains(i.Id))
            .ToDictionary(i => i.Id, i => i.Slug);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dossier in dossiers)
        {
            var content = dossier.PublishedRevision!.Content;
            var file = new DossierFile
            {
                Slug = dossier.Slug, IsExample = dossier.IsExample, Title = content.Title,
                Introduction = content.Introduction, Recommendations = content.Recommendations,
                Items = [.. content.Items.Where(i => slugs.ContainsKey(i.InitiativeId)).Select(i => (slugs[i.InitiativeId], i.Note))],
                PublishedAt = dossier.PublishedAt?.Date,
            };
            var name = dossier.Slug + ".md";
            Write(Path.Combine(folder, name), DossierFileWriter.Write(file));
            written.Add(name);
        }
        return (written.Count, RemoveOthers(folder, written, ContentImporter.DossiersFolder + "/"));
    }

    // Files of the folder that are not part of the base any more, so that importing the folder gives this base.
    private static List<string> RemoveOthers(string folder, HashSet<string> written, string prefix)
    {
        var removed = Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileName).OfType<string>()
            .Where(n => !written.Contains(n)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in removed) File.Delete(Path.Combine(folder, name));
        return [.. removed.Select(n => prefix + n)];
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
}

/// <summary>What an export wrote: how many write-ups and dossiers, and which stale files it removed.</summary>
public sealed record ExportReport(int Initiatives, IReadOnlyList<string> Removed, int Dossiers = 0)
{
    public override string ToString() =>
        Plural.Of("aucune fiche exportée|1 fiche exportée|{0} fiches exportées", Initiatives) + ", " + Plural.Of("aucun dossier|1 dossier|{0} dossiers", Dossiers)
        + (Removed.Count > 0 ? ", " + Plural.Of("|1 ancien fichier retiré|{0} anciens fichiers retirés", Removed.Count) : "");
}
