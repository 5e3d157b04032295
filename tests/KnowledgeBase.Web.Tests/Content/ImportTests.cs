using System.Text.RegularExpressions;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Content;

/// <summary>
/// A copy of content/ with broken files added, imported at first start: the good files import,
/// the broken ones are reported by name and leave nothing behind, and importing again changes nothing.
/// </summary>
public abstract class ImportTests : IDisposable
{
    private readonly string content = ContentCopy.Make();
    private readonly SiteFactory site;

    protected ImportTests(DatabaseProvider provider) => site = new SiteFactory(provider, content);

    private static readonly string[] BrokenFiles = ["yaml-casse", "titre-manquant", "sans-en-tete", "departement-hors-region"];

    [Fact]
    public async Task First_start_imports_every_valid_file_and_nothing_of_the_broken_ones()
    {
        site.CreateClient();
        await using var scope = site.Scope();
        var db = site.Db(scope);
        var expected = Directory.GetFiles(RepositoryPaths.Content + "/initiatives", "*.md").Length;
        Assert.True(expected >= 12);
        Assert.Equal(expected, await db.Initiatives.CountAsync());
        Assert.Equal(expected, await db.Revisions.CountAsync());
        Assert.Equal(expected, await db.IndexTasks.CountAsync(t => t.Kind == KnowledgeBase.Core.Indexing.IndexTaskKind.Initiative));
        // The example dossiers, and the vocabulary once for every node.
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Content + "/dossiers", "*.md").Length,
            await db.IndexTasks.CountAsync(t => t.Kind == KnowledgeBase.Core.Indexing.IndexTaskKind.Dossier));
        Assert.Equal(1, await db.IndexTasks.CountAsync(t => t.Kind == KnowledgeBase.Core.Indexing.IndexTaskKind.Vocabulary));
        Assert.All(await db.Initiatives.ToListAsync(), i =>
        {
            Assert.Equal(WorkflowState.Published, i.State);
            Assert.True(i.IsExample);
            Assert.NotNull(i.PublishedRevisionId);
        });
        foreach (var slug in BrokenFiles)
            Assert.False(await db.Initiatives.AnyAsync(i => i.Slug == slug));
        Assert.Equal(10, await db.TaxonomyTerms.CountAsync(t => t.Kind == "themes"));
        Assert.Equal(18, await db.Regions.CountAsync());
        Assert.Equal(101, await db.Departements.CountAsync());
    }

    [Fact]
    public async Task Broken_files_are_reported_with_their_name_and_reason()
    {
        site.CreateClient();
        await using var scope = site.Scope();
        var report = scope.ServiceProvider.GetRequiredService<ContentImporter>().Import(content);
        // The copy holds content/dossiers too: until the dossier feature exists the import leaves
        // that folder alone, so the broken write-ups are the only errors.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(content, "dossiers"), "*.md"));
        Assert.Equal(BrokenFiles.Length, report.Errors.Count);
        Assert.Contains(report.Errors, e => e.File == "yaml-casse.md" && e.Reason.Contains("YAML"));
        Assert.Contains(report.Errors, e => e.File == "titre-manquant.md" && e.Reason.Contains("titre est obligatoire"));
        Assert.Contains(report.Errors, e => e.File == "sans-en-tete.md" && e.Reason.Contains("en-tête"));
        Assert.Contains(report.Errors, e => e.File == "departement-hors-region.md" && e.Reason.Contains("n'appartient pas"));
    }

    [Fact]
    public async Task A_second_import_changes_nothing_and_a_changed_file_adds_a_revision()
    {
        site.CreateClient();
        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            var before = (await db.Revisions.CountAsync(), await db.IndexTasks.CountAsync(), await db.WorkflowTransitions.CountAsync());
            var report = scope.ServiceProvider.GetRequiredService<ContentImporter>().Import(content);
            Assert.Empty(report.Created);
            Assert.Empty(report.Updated);
            Assert.Equal(before, (await db.Revisions.CountAsync(), await db.IndexTasks.CountAsync(), await db.WorkflowTransitions.CountAsync()));
        }

        var path = Path.Combine(content, "initiatives", "dernier-ecrou.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("## Objectifs\n", "## Objectifs\nUne phrase ajoutée.\n"));
        await using (var scope = site.Scope())
        {
            var report = scope.ServiceProvider.GetRequiredService<ContentImporter>().Import(content);
            Assert.Equal(["dernier-ecrou.md"], report.Updated);
            var db = site.Db(scope);
            var initiative = await db.Initiatives.Include(i => i.PublishedRevision).SingleAsync(i => i.Slug == "dernier-ecrou");
            Assert.Equal(2, initiative.PublishedRevision!.Number);
            Assert.StartsWith("Une phrase ajoutée.", initiative.PublishedRevision.Content.Sections.Objectives);
            Assert.Equal(2, await db.Revisions.CountAsync(r => r.InitiativeId == initiative.Id));
        }
    }

    public void Dispose()
    {
        site.Dispose();
        try { Directory.Delete(content, true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteImportTests() : ImportTests(DatabaseProvider.Sqlite);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlImportTests() : ImportTests(DatabaseProvider.PostgreSql);

/// <summary>A temporary copy of the repository's content/ with four broken write-ups added.</summary>
public static class ContentCopy
{
    public static string Make()
    {
        var target = Path.Combine(Path.GetTempPath(), "kb-content", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var valid = File.ReadAllText(Path.Combine(target, "initiatives", "sortir-de-la-rue.md"));
        Write(target, "yaml-casse", "---\nslug: yaml-casse\ntitle: [pas fermé\n---\n## Objectifs\nx\n");
        Write(target, "titre-manquant", Regex.Replace(Rename(valid, "titre-manquant"), @"(?m)^title: .*\n", ""));
        Write(target, "sans-en-tete", "## Objectifs\nRien d'autre.\n");
        Write(target, "departement-hors-region", Rename(valid, "departement-hors-region").Replace("departement: \"31\"", "departement: \"75\""));
        return target;
    }

    private static string Rename(string text, string slug) =>
        Regex.Replace(text, @"(?m)^slug: .*$", "slug: " + slug);

    private static void Write(string root, string slug, string text) =>
        File.WriteAllText(Path.Combine(root, "initiatives", slug + ".md"), text);
}
