using System.Runtime.CompilerServices;
using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// Ranks large match sets in memory, where FTS5's bm25 would cost tens of milliseconds at
/// 100,000 write-ups: a BM25F-like score with binary term frequency, each required clause
/// weighing its idf times the weight of the best field it appears in (title 10, summary 5,
/// keywords and organisations 3, otherwise body 1), the same weights as bm25. Every document
/// scored matches all clauses already, so a clause absent from its head fields is in its body.
/// The head-field bonus is gathered once per query from the inverted lists of the query's terms.
/// </summary>
internal sealed class HeadScorer : IDisposable
{
    private static readonly byte[] FieldWeights = [10, 5, 3, 1];

    private readonly double baseScore;
    private readonly double[] bonus;
    private readonly List<int> touched = [];

    // The per-slot arrays belong to the reader session (one search at a time) and are left
    // all zeros, so a search touches only the slots of its terms' lists, not all of them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // walks up to every head-field entry of common words
    private HeadScorer(MatchPlan plan, Vocabulary vocabulary, DocumentCatalog catalog, ReaderSession session)
    {
        session.EnsureScratch(catalog.SlotLimit);
        bonus = session.Scores;
        var best = session.Weights;
        var inClause = new List<int>();
        foreach (var clause in plan.Required)
        {
            var docs = Math.Min(catalog.Count, clause.Sum(alternative => vocabulary.StemDocs(alternative[0])));
            var idf = Math.Log(1 + (catalog.Count - docs + 0.5) / (docs + 0.5));
            baseScore += idf;
            foreach (var id in StemIds(clause, vocabulary))
                foreach (var entry in catalog.Head.Of(id))
                {
                    var slot = HeadPostings.SlotOf(entry);
                    if (slot >= catalog.SlotLimit || !catalog.Head.IsCurrent(entry)) continue;
                    var weight = FieldWeights[HeadPostings.FieldOf(entry)];
                    if (best[slot] == 0) inClause.Add(slot);
                    if (weight > best[slot]) best[slot] = weight;
                }
            foreach (var slot in inClause)
            {
                if (bonus[slot] == 0) touched.Add(slot);
                bonus[slot] += idf * (best[slot] - 1);
                best[slot] = 0;
            }
            inClause.Clear();
        }
    }

    public static HeadScorer Create(MatchPlan plan, Vocabulary vocabulary, DocumentCatalog catalog, ReaderSession session) =>
        new(plan, vocabulary, catalog, session);

    /// <summary>
    /// Documents in the posting lists of all the query's terms: what bm25 has to read, since it
    /// scans each phrase's whole list for its idf and then scores every match.
    /// </summary>
    public static long RankingCost(MatchPlan plan, Vocabulary vocabulary) =>
        plan.Required.Sum(clause => clause.Sum(alternative => (long)alternative.Sum(vocabulary.StemDocs)));

    public double Score(int slot) => baseScore + bonus[slot];

    public void Dispose()
    {
        foreach (var slot in touched) bonus[slot] = 0;
    }

    private static IEnumerable<int> StemIds(IReadOnlyList<string[]> clause, Vocabulary vocabulary) =>
        clause.SelectMany(alternative => alternative)
            .Select(term => vocabulary.StemIdOf(IndexTerm.Encode(term)))
            .Where(id => id >= 0)
            .Distinct();
}
