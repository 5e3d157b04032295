namespace KnowledgeBase.Web.Tests.Content;

/// <summary>The commands of the real program: import and reindex.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string content = ContentCopy.Make();
    private readonly SiteProcess site;

    public CommandLineTests() => site = new SiteProcess(content);

    /// <summary>The write-ups the copy can import: the repository's, without the broken ones added.</summary>
    private static int ValidWriteUps => Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "initiatives"), "*.md").Length;

    /// <summary>The example dossiers (they cite example write-ups, all valid).</summary>
    private static int Dossiers => Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "dossiers"), "*.md").Length;

    [Fact]
    public async Task Import_reports_broken_files_by_name_and_a_second_import_changes_nothing()
    {
        var (code, output) = await site.Command("import", content);
        Assert.Equal(1, code);
        Assert.Contains("yaml-casse.md", output);
        Assert.Contains("titre-manquant.md : Le titre est obligatoire.", output);
        Assert.Matches($@"(?<!\d){ValidWriteUps + Dossiers} fichiers créés", output);

        var (again, secondOutput) = await site.Command("import", content);
        Assert.Equal(1, again);
        Assert.Contains("aucun fichier créé, aucun mis à jour", secondOutput);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_the_database()
    {
        var (imported, _) = await site.Command("import", content);
        Assert.Equal(1, imported);
        var (code, output) = await site.Command("reindex");
        Assert.Equal(0, code);
        Assert.Contains($"reconstruit : {ValidWriteUps + Dossiers} documents", output);
        Assert.True(KnowledgeBase.Search.Index.LuceneSearchIndex.ExistsIn(site.SearchIndexFolder));
    }

    public void Dispose()
    {
        site.Dispose();
        try { Directory.Delete(content, true); } catch (IOException) { }
    }
}
