using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Workflow;
using KnowledgeBase.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Keeps this node's search index in step with the database through the outbox of
/// <see cref="IndexTask"/>s: tasks after the index's checkpoint are applied in id order, in
/// batches, from the write-ups' current state, and the checkpoint moves with each batch in
/// the same index transaction — a crash replays the batch, nothing is skipped.
/// </summary>
public sealed class SearchIndexSync(KnowledgeBaseDbContext db, SearchIndexHost host, MarkdownRenderer markdown, Taxonomy.Catalog catalog,
    IOptions<IndexingOptions> options, TimeProvider clock)
{
    /// <summary>Applies one batch of pending tasks; returns how many tasks it consumed.</summary>
    public int ApplyPending()
    {
        var index = host.Index;
        var checkpoint = index.Checkpoint;
        var tasks = db.IndexTasks.AsNoTracking().Where(t => t.Id > checkpoint).OrderBy(t => t.Id)
            .Take(options.Value.BatchSize).Select(t => new { t.Id, t.InitiativeId, t.CreatedAt }).ToList();
        if (tasks.Count == 0) return 0;

        // Stop before a gap that may still be an open transaction.
        var graceLimit = clock.GetUtcNow().UtcDateTime - options.Value.GapGrace;
        var usable = 0;
        for (var expected = checkpoint + 1; usable < tasks.Count; usable++, expected++)
        {
            var task = tasks[usable];
            if (task.Id != expected && task.CreatedAt > graceLimit) break;
            expected = task.Id;
        }
        if (usable == 0) return 0;

        var batch = tasks.Take(usable).ToList();
        var ids = batch.Select(t => t.InitiativeId).Distinct().ToList();
        var upserts = Published(db.Initiatives.Where(i => ids.Contains(i.Id))).ToList();
        var deletes = ids.Except(upserts.Select(d => d.Id)).ToList();
        index.Apply(upserts, deletes, batch[^1].Id);
        return batch.Count;
    }

    /// <summary>Replaces the index with every published write-up.</summary>
    public int Rebuild()
    {
        // Read the checkpoint first: a change committed while documents stream in is replayed
        // afterwards (applying a task twice is harmless), never lost.
        var checkpoint = db.IndexTasks.Max(t => (long?)t.Id) ?? 0;
        var count = 0;
        host.Rebuild(Published(db.Initiatives).Select(d => { count++; return d; }), checkpoint);
        return count;
    }

    private IEnumerable<IndexDocument> Published(IQueryable<Initiatives.Initiative> initiatives) =>
        initiatives.AsNoTracking()
            .Where(i => i.PublishedRevisionId != null && i.State != WorkflowState.Archived)
            .OrderBy(i => i.Id)
            .Include(i => i.PublishedRevision)
            .AsEnumerable()
            .Select(i => IndexDocuments.From(i, i.PublishedRevision!, markdown, catalog));
}
