using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Indexing;

/// <summary>An index built before the documents gained a field or facet is rebuilt when the site next starts.</summary>
public sealed class DocumentsStampTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-stamp", Guid.NewGuid().ToString("N"));

    private SearchIndexHost Open() => new(folder, new FrenchAnalyzer(), []);

    [Fact]
    public void A_missing_or_older_stamp_asks_for_a_rebuild_and_a_rebuild_writes_it()
    {
        using (var host = Open())
        {
            Assert.True(host.NeedsRebuild);
            host.Rebuild([], 0);
            Assert.False(host.NeedsRebuild);
        }
        using (var reopened = Open()) Assert.False(reopened.NeedsRebuild);

        File.WriteAllText(Path.Combine(folder, DocumentsStamp.FileName), (IndexDocuments.Version - 1).ToString());
        using (var older = Open()) Assert.True(older.NeedsRebuild);

        File.Delete(Path.Combine(folder, DocumentsStamp.FileName));
        using var unstamped = Open();
        Assert.True(unstamped.NeedsRebuild);
        unstamped.Rebuild([], 0);
        Assert.False(unstamped.NeedsRebuild);
        Assert.Equal(IndexDocuments.Version.ToString(), File.ReadAllText(Path.Combine(folder, DocumentsStamp.FileName)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
