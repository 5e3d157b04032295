using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// Ranks large match sets in memory, where FTS5's bm25 would cost ~1.7 µs a row (tens of
/// milliseconds at 100,000 write-ups): a BM25F-like score with binary term frequency, each
/// required clause weighing its idf times the weight of the best field it appears in (title 10,
/// summary 5, keywords and organisations 3, otherwise body 1), the same weights as bm25. Every
/// document scored already matches all clauses, so a clause absent from the head fields is in
/// the body.
/// </summary>
internal sealed class HeadScorer
{
    private static readonly double[] FieldWeights = [10, 5, 3];
    private const int MaxClauses = 64;

    private readonly ulong[] clausesById; // stem id → bit of each clause it belongs to
    private readonly double[] idf;

    private HeadScorer(ulong[] clausesById, double[] idf)
    {
        this.clausesById = clausesById;
        this.idf = idf;
    }

    public static HeadScorer Create(MatchPlan plan, Vocabulary vocabulary, int documents)
    {
        var clauses = plan.Required.Take(MaxClauses).ToList();
        var clausesById = new ulong[vocabulary.StemIdCount];
        var idf = new double[clauses.Count];
        for (var k = 0; k < clauses.Count; k++)
        {
            var docs = 0;
            foreach (var alternative in clauses[k])
            {
                docs += vocabulary.StemDocs(alternative[0]);
                foreach (var term in alternative)
                    if (vocabulary.StemIdOf(IndexTerm.Encode(term)) is var id and >= 0) clausesById[id] |= 1UL << k;
            }
            docs = Math.Min(docs, documents);
            idf[k] = Math.Log(1 + (documents - docs + 0.5) / (docs + 0.5));
        }
        return new HeadScorer(clausesById, idf);
    }

    /// <summary>
    /// Documents in the posting lists of all the query's terms: what bm25 has to read, since it
    /// scans each phrase's whole list for its idf and then scores every match.
    /// </summary>
    public static long RankingCost(MatchPlan plan, Vocabulary vocabulary) =>
        plan.Required.Sum(clause => clause.Sum(alternative => (long)alternative.Sum(vocabulary.StemDocs)));

    public double Score(int[] head)
    {
        ulong title = 0, summary = 0, tags = 0;
        var ids = clausesById;
        foreach (var entry in head)
        {
            var id = entry >> 2;
            if ((uint)id >= (uint)ids.Length) continue;
            var clauses = ids[id];
            if (clauses == 0) continue;
            switch (entry & 3)
            {
                case HeadTerms.Title: title |= clauses; break;
                case HeadTerms.Summary: summary |= clauses; break;
                default: tags |= clauses; break;
            }
        }
        var score = 0.0;
        for (var k = 0; k < idf.Length; k++)
        {
            var bit = 1UL << k;
            var weight = (title & bit) != 0 ? FieldWeights[0] : (summary & bit) != 0 ? FieldWeights[1] : (tags & bit) != 0 ? FieldWeights[2] : 1;
            score += idf[k] * weight;
        }
        return score;
    }
}
