using KnowledgeBase.Benchmarks.Fts5.Analysis;
using KnowledgeBase.Benchmarks.Fts5.Highlighting;
using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// "More like this": the document's most distinctive terms (frequent in it, rare in the index,
/// title and summary counting more) OR-ed and ranked by bm25, with a bonus for each facet value
/// shared with the document. Callers hold the index's read lock.
/// </summary>
internal sealed class SimilarDocuments(DocumentAnalysis analysis)
{
    private const int MaxTerms = 12;

    // Relative bonus per shared facet value (theme, public, territory…).
    private const double SharedFacetBonus = 0.1;

    public IReadOnlyList<SearchHit> Find(long id, int count, DocumentCatalog catalog, Vocabulary vocabulary, ReaderPool pool)
    {
        if (count <= 0 || !catalog.TryGetSlot(id, out var self)) return [];
        using var session = pool.Rent();
        if (!StoredHits.Load(session, [self]).TryGetValue(self, out var text)) return [];

        var terms = DistinctiveTerms(analysis.Analyze(text), catalog.Count, vocabulary);
        if (terms.Count == 0) return [];
        var shared = catalog.OrdinalsOf(self).ToArray().ToHashSet();
        var expression = string.Join(" OR ", terms.Select(t => "\"" + t + "\""));
        var best = new PriorityQueue<int, double>();
        foreach (var (slot, score) in Scored(session, expression))
        {
            if (slot == self || !catalog.IsLive(slot)) continue;
            var bonus = catalog.OrdinalsOf(slot).ToArray().Count(shared.Contains) * SharedFacetBonus;
            best.Enqueue(slot, score * (1 + bonus));
            if (best.Count > count) best.Dequeue();
        }
        var ranked = new List<(int Slot, double Score)>();
        while (best.TryDequeue(out var slot, out var score)) ranked.Add((slot, score));
        ranked.Reverse();
        var texts = StoredHits.Load(session, ranked.Select(r => r.Slot).ToList());
        return ranked.Where(r => texts.ContainsKey(r.Slot))
            .Select(r => StoredHits.ToHit(catalog, r.Slot, texts[r.Slot], Opening(texts[r.Slot]), r.Score))
            .ToList();
    }

    private static List<(int Slot, double Score)> Scored(ReaderSession session, string expression)
    {
        var rows = new List<(int, double)>();
        session.Match(Searcher.RankedSql).ForEach(expression, ref rows, static (ref List<(int, double)> r, long slot, double score) => r.Add(((int)slot, score)));
        return rows;
    }

    /// <summary>Encoded terms ranked by weighted frequency × inverse document frequency.</summary>
    private static List<string> DistinctiveTerms(AnalyzedText text, int documents, Vocabulary vocabulary)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (column, weight) in new[] { (text.Title, 3.0), (text.Summary, 2.0), (text.Tags, 2.0), (text.Body, 1.0) })
            foreach (var term in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                weights[term] = weights.GetValueOrDefault(term) + weight;
        var stems = text.Words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        return weights
            .Select(w => (Term: w.Key, Docs: DocsOf(w.Key, stems, vocabulary), Weight: w.Value))
            .Where(w => w.Docs > 1)
            .OrderByDescending(w => w.Weight * Math.Log(1 + (double)documents / w.Docs))
            .ThenBy(w => w.Term, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(w => w.Term)
            .ToList();
    }

    // Column texts hold encoded terms; a plain term encodes to itself, others are left out.
    private static int DocsOf(string encoded, HashSet<string> stems, Vocabulary vocabulary) =>
        stems.Contains(encoded) ? vocabulary.StemDocs(encoded) : 0;

    private static string Opening(StoredText text) => ExcerptBuilder.Opening(text.Summary.Length > 0 ? text.Summary : text.Body);
}
