using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Search;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Keeps this node's search index in step with the database through the outbox of
/// <see cref="IndexTask"/>s: tasks after the index's checkpoint are applied in id order, in
/// batches, from the current state of the write-ups and dossiers they name, and the checkpoint
/// moves with each batch in the same index transaction — a crash replays the batch, nothing
/// is skipped. A vocabulary task makes this node read its terms and synonym groups again, so
/// that every node follows an editor's change (decision 013).
/// </summary>
public sealed class SearchIndexSync(KnowledgeBaseDbContext db, SearchIndexHost host, MarkdownRenderer markdown, CatalogCache catalogs,
    IOptions<IndexingOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Brings this node's index up to date, as its indexer does on every pass: the synonyms
    /// read, a rebuild when the index is missing, outdated or damaged, then every pending task.
    /// </summary>
    public CatchUpResult CatchUp()
    {
        host.EnsureSynonyms();
        int? rebuilt = host.NeedsRebuild ? Rebuild() : null;
        var applied = 0;
        for (int batch; (batch = ApplyPending()) > 0;) applied += batch;
        return new(rebuilt, applied);
    }

    /// <summary>Applies one batch of pending tasks; returns how many tasks it consumed.</summary>
    public int ApplyPending()
    {
        var index = host.Index;
        var checkpoint = index.Checkpoint;
        var tasks = db.IndexTasks.AsNoTracking().Where(t => t.Id > checkpoint).OrderBy(t => t.Id)
            .Take(options.Value.BatchSize).Select(t => new { t.Id, t.Kind, t.InitiativeId, t.DossierId, t.CreatedAt }).ToList();
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
        // The vocabulary first: documents of this batch are built with the terms as they are now.
        if (batch.Any(t => t.Kind == IndexTaskKind.Vocabulary)) ReloadVocabulary();
        var initiativeIds = batch.Where(t => t.Kind == IndexTaskKind.Initiative && t.InitiativeId is not null)
            .Select(t => t.InitiativeId!.Value).Distinct().ToList();
        // A dossier's document holds the titles of the public write-ups it cites: it follows them.
        var dossierIds = batch.Where(t => t.Kind == IndexTaskKind.Dossier && t.DossierId is not null).Select(t => t.DossierId!.Value)
            .Concat(initiativeIds.Count == 0 ? [] : db.DossierCitations.Where(c => initiativeIds.Contains(c.InitiativeId)).Select(c => c.DossierId).ToList())
            .Distinct().ToList();

        var catalog = catalogs.Get(db);
        var upserts = initiativeIds.Count == 0 ? [] : PublishedInitiatives(db.Initiatives.Where(i => initiativeIds.Contains(i.Id)), catalog).ToList();
        var dossiers = dossierIds.Count == 0 ? [] : PublishedDossiers(db.Dossiers.Where(d => dossierIds.Contains(d.Id))).ToList();
        var deletes = initiativeIds.Except(upserts.Select(d => d.Id)).Select(DocumentKey.WriteUp)
            .Concat(dossierIds.Except(dossiers.Select(d => d.Id)).Select(DocumentKey.Dossier)).ToList();
        index.Apply([.. upserts, .. dossiers], deletes, batch[^1].Id);
        return batch.Count;
    }

    /// <summary>Replaces the index with every published write-up and dossier.</summary>
    public int Rebuild()
    {
        // Read the checkpoint first: a change committed while documents stream in is replayed
        // afterwards (applying a task twice is harmless), never lost.
        var checkpoint = db.IndexTasks.Max(t => (long?)t.Id) ?? 0;
        // Vocabulary tasks before that checkpoint are skipped: read the vocabulary now.
        ReloadVocabulary();
        var catalog = catalogs.Get(db);
        var count = 0;
        var documents = PublishedInitiatives(db.Initiatives, catalog).Concat(PublishedDossiers(db.Dossiers));
        host.Rebuild(documents.Select(d => { count++; return d; }), checkpoint);
        return count;
    }

    private void ReloadVocabulary()
    {
        catalogs.Invalidate();
        host.ReloadSynonyms();
    }

    private IEnumerable<IndexDocument> PublishedInitiatives(IQueryable<Initiatives.Initiative> initiatives, Catalog catalog) =>
        initiatives.AsNoTracking()
            .Where(Initiative.Public)
            .OrderBy(i => i.Id)
            .Include(i => i.PublishedRevision)
            .AsEnumerable()
            .Select(i => IndexDocuments.From(i, i.PublishedRevision!, markdown, catalog));

    private IEnumerable<IndexDocument> PublishedDossiers(IQueryable<Dossier> dossiers)
    {
        var published = dossiers.AsNoTracking()
            .Where(Dossier.Public)
            .OrderBy(d => d.Id)
            .Include(d => d.PublishedRevision)
            .ToList();
        if (published.Count == 0) return [];
        var cited = published.SelectMany(d => d.PublishedRevision!.Content.Items.Select(i => i.InitiativeId)).Distinct().ToList();
        var titles = db.Initiatives.AsNoTracking()
            .Where(Initiative.Public).Where(i => cited.Contains(i.Id))
            .Select(i => new { i.Id, i.Card!.Title }).ToDictionary(i => i.Id, i => i.Title);
        return published.Select(d => IndexDocuments.From(d, d.PublishedRevision!, titles, markdown));
    }
}
