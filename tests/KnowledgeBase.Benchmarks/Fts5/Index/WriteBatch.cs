using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// One transaction of index changes. SQL is written as documents come; the in-memory catalog
/// and vocabulary are changed only by <see cref="ApplyToMemory"/>, after the commit, so that
/// concurrent searches never see memory ahead of the file.
/// </summary>
internal sealed class WriteBatch : IDisposable
{
    private readonly IndexWriter writer;
    private readonly DocumentCatalog catalog;
    private readonly Vocabulary vocabulary;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<long, int> pendingSlots = []; // id → slot, -1 once deleted in this batch
    private readonly List<Action<DocumentCatalog>> catalogChanges = [];
    private readonly Dictionary<string, (string Stem, int Delta)> wordDeltas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> newStemIds = new(StringComparer.Ordinal);
    private readonly List<(string Facet, string Value)> newFacetValues = [];
    private readonly Dictionary<(string, string), int> newOrdinals = [];

    public WriteBatch(IndexWriter writer, DocumentCatalog catalog, Vocabulary vocabulary)
    {
        this.writer = writer;
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        transaction = writer.Connection.BeginTransaction();
        foreach (var command in new[] { writer.InsertDoc, writer.InsertText, writer.InsertFts, writer.DeleteFts, writer.DeleteDoc, writer.DeleteText, writer.ReadText, writer.SaveWord, writer.ForgetWord, writer.SaveMeta, writer.SaveStem, writer.SaveFacetValue })
            command.Transaction = transaction;
    }

    public void Upsert(PreparedDocument document)
    {
        var slot = SlotOf(document.Id);
        if (slot > 0) RemoveTerms(slot);
        else slot = writer.NextSlot++;

        var a = document.Analysis;
        IndexWriter.Run(writer.InsertFts, slot, a.Title, a.Summary, a.Tags, a.Body);
        var head = HeadTerms.Entries(document.Head, StemId);
        var ordinals = document.Facets.Select(Ordinal).Order().ToArray();
        IndexWriter.Run(writer.InsertDoc, slot, document.Id, document.PublishedTicks, SortedIntegers.Encode(ordinals), SortedIntegers.Encode(head));
        IndexWriter.Run(writer.InsertText, slot, document.Blob);
        CountWords(a.Words, +1);
        pendingSlots[document.Id] = slot;
        var (id, ticks, terms) = (document.Id, document.PublishedTicks, a.DistinctTerms());
        catalogChanges.Add(c => c.Set(slot, id, ticks, ordinals, head, terms));
    }

    public void Delete(long id)
    {
        var slot = SlotOf(id);
        if (slot <= 0) return;
        RemoveTerms(slot);
        IndexWriter.Run(writer.DeleteDoc, slot);
        IndexWriter.Run(writer.DeleteText, slot);
        pendingSlots[id] = -1;
        catalogChanges.Add(c => c.Remove(slot));
    }

    public void SetMeta(string key, string value) => IndexWriter.Run(writer.SaveMeta, key, value);

    /// <summary>Writes the vocabulary counts changed by the batch and commits.</summary>
    public void Commit()
    {
        foreach (var (word, (stem, delta)) in wordDeltas)
        {
            if (delta == 0) continue;
            var docs = vocabulary.DocsOf(word) + delta;
            if (docs > 0) IndexWriter.Run(writer.SaveWord, word, stem, docs);
            else IndexWriter.Run(writer.ForgetWord, word);
        }
        transaction.Commit();
    }

    public void ApplyToMemory()
    {
        for (var i = 0; i < newFacetValues.Count; i++) catalog.AddValue(catalog.OrdinalCount, newFacetValues[i].Facet, newFacetValues[i].Value);
        foreach (var change in catalogChanges) change(catalog);
        foreach (var (word, (stem, delta)) in wordDeltas)
            if (delta != 0) vocabulary.Change(word, stem, delta);
        foreach (var (term, id) in newStemIds) vocabulary.AddStemId(term, id);
    }

    public void Dispose() => transaction.Dispose();

    private int SlotOf(long id) =>
        pendingSlots.TryGetValue(id, out var pending) ? pending
        : catalog.TryGetSlot(id, out var slot) ? slot
        : 0;

    // The old words are recomputed from the stored original text to keep the vocabulary's
    // document counts exact (same analyzer: the version stamp guarantees it).
    private void RemoveTerms(int slot)
    {
        IndexWriter.Run(writer.DeleteFts, slot);
        writer.ReadText.Parameters[0].Value = slot;
        if (writer.ReadText.ExecuteScalar() is not byte[] blob) return;
        CountWords(writer.Analysis.Analyze(StoredText.Decompress(blob)).Words, -1);
    }

    private int Ordinal((string Facet, string Value) pair)
    {
        var ordinal = catalog.OrdinalOf(pair.Facet, pair.Value);
        if (ordinal >= 0 || newOrdinals.TryGetValue(pair, out ordinal)) return ordinal;
        ordinal = catalog.OrdinalCount + newFacetValues.Count;
        newOrdinals[pair] = ordinal;
        newFacetValues.Add(pair);
        IndexWriter.Run(writer.SaveFacetValue, ordinal, pair.Facet, pair.Value);
        return ordinal;
    }

    private int StemId(string term)
    {
        var id = vocabulary.StemIdOf(term);
        if (id >= 0 || newStemIds.TryGetValue(term, out id)) return id;
        id = vocabulary.StemIdCount + newStemIds.Count;
        newStemIds[term] = id;
        IndexWriter.Run(writer.SaveStem, id, term);
        return id;
    }

    private void CountWords(IReadOnlyList<VocabularyWord> words, int delta)
    {
        foreach (var (word, stem) in words)
        {
            var current = wordDeltas.TryGetValue(word, out var known) ? known : (Stem: stem, Delta: 0);
            wordDeltas[word] = (current.Stem, current.Delta + delta);
        }
    }
}
