using System.Text.Json;
using KnowledgeBase.Core.Data;

namespace KnowledgeBase.Web.Tests.Content;

/// <summary>
/// The export command of the real program: importing content/, exporting, then importing the
/// export into a fresh database gives the same write-ups field by field, and exporting that
/// base again gives the same bytes.
/// </summary>
public sealed class ExportRoundTripTests : IDisposable
{
    private readonly SiteProcess original = new(RepositoryPaths.Content);
    private readonly string first = Folder();
    private readonly string second = Folder();

    [Fact]
    public async Task Import_export_import_export_changes_nothing()
    {
        await Run(original, "import", RepositoryPaths.Content);
        var (code, output) = await original.Command("export", first);
        Assert.True(code == 0, output);
        Assert.Contains($"{RepositoryPaths.ExampleWriteUps} fiches exportées", output);

        using var copy = new SiteProcess(first);
        await Run(copy, "import", first);
        await Run(copy, "export", second);

        // Field by field: every public write-up's published content and what the import keeps beside it.
        var before = Snapshot(original);
        var after = Snapshot(copy);
        Assert.Equal(RepositoryPaths.ExampleWriteUps, before.Count);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var slug in before.Keys) Assert.Equal(before[slug], after[slug]);

        // Byte for byte, file by file: write-ups, dossiers, taxonomies, synonyms, territories.
        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.Contains("taxonomy/themes.yml", files);
        Assert.Contains("taxonomy/synonyms.yml", files);
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "dossiers"), "*.md").Select(Path.GetFileName).Order(),
            files.Where(f => f.StartsWith("dossiers/", StringComparison.Ordinal)).Select(Path.GetFileName).Order());
        Assert.Contains("territories/departements.csv", files);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);

        // Public by default: the contacts' addresses stay in the database.
        Assert.All(Directory.GetFiles(first, "*", SearchOption.AllDirectories), f => Assert.DoesNotContain("@example.org", File.ReadAllText(f)));
    }

    [Fact]
    public async Task An_operator_backup_keeps_the_contacts_addresses()
    {
        await Run(original, "import", RepositoryPaths.Content);
        original.Settings["Export:ContactEmails"] = "true";
        await Run(original, "export", first);
        var text = File.ReadAllText(Path.Combine(first, "initiatives", "dernier-ecrou.md"));
        Assert.Matches(@"\n  email: [^\s]+@example\.org\n", text);

        using var copy = new SiteProcess(first);
        await Run(copy, "import", first);
        Assert.Equal(Snapshot(original, withEmails: true), Snapshot(copy, withEmails: true));
    }

    [Fact]
    public async Task A_stale_file_in_the_export_folder_is_removed()
    {
        await Run(original, "import", RepositoryPaths.Content);
        Directory.CreateDirectory(Path.Combine(first, "initiatives"));
        File.WriteAllText(Path.Combine(first, "initiatives", "ancienne-fiche.md"), "---\nslug: ancienne-fiche\n---\n");
        var (_, output) = await original.Command("export", first);
        Assert.Contains("1 ancien fichier retiré", output);
        Assert.False(File.Exists(Path.Combine(first, "initiatives", "ancienne-fiche.md")));
    }

    private static async Task Run(SiteProcess site, params string[] command)
    {
        var (code, output) = await site.Command(command);
        Assert.True(code == 0, $"{string.Join(' ', command)} : {output}");
    }

    /// <summary>Slug → everything the content/ format carries, as JSON (the contact's email only when asked).</summary>
    private static Dictionary<string, string> Snapshot(SiteProcess site, bool withEmails = false)
    {
        var options = new DbContextOptionsBuilder<SqliteKnowledgeBaseDbContext>()
            .UseSqlite($"Data Source={Path.Combine(site.DataFolder, "knowledgebase.db")};Pooling=False").Options;
        using var db = new SqliteKnowledgeBaseDbContext(options);
        return db.Initiatives.AsNoTracking().Include(i => i.PublishedRevision).Where(i => i.PublishedRevisionId != null).AsEnumerable()
            .ToDictionary(i => i.Slug, i =>
            {
                var content = i.PublishedRevision!.Content;
                if (!withEmails) content.Contact.Email = null;
                return JsonSerializer.Serialize(new { content, i.IsExample, i.EvidenceLevel, i.PublishedAt, i.State, Card = i.Card });
            });
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    private static string Folder() => Path.Combine(Path.GetTempPath(), "kb-export", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        original.Dispose();
        foreach (var folder in new[] { first, second })
            try { Directory.Delete(folder, true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
    }
}
