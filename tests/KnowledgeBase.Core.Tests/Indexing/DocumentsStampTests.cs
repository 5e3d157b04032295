using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Core.Tests.Indexing;

/// <summary>An index built before the documents gained a field or facet is rebuilt when the site next starts.</summary>
public sealed class DocumentsStampTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kb-stamp", Guid.NewGuid().ToString("N"));

    private SearchIndexHost Open() => new(folder, []);

    [Fact]
    public void An_index_of_older_documents_asks_for_a_rebuild_and_a_rebuild_stamps_it()
    {
        using (var host = Open())
        {
            Assert.True(host.NeedsRebuild);
            host.Rebuild([], 0);
            Assert.False(host.NeedsRebuild);
        }
        using (var reopened = Open()) Assert.False(reopened.NeedsRebuild);

        using (var older = new LuceneSearchIndex(folder, [], $"documents-{IndexDocuments.Version - 1}")) older.Rebuild([], 0);
        using var host2 = Open();
        Assert.True(host2.NeedsRebuild);
        Assert.EndsWith($"documents-{IndexDocuments.Version - 1}", host2.Index.Status.IndexedVersion);
        host2.Rebuild([], 0);
        Assert.False(host2.NeedsRebuild);
        Assert.EndsWith(SearchIndexHost.DocumentsVersion, host2.Index.Status.IndexedVersion);
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
