using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// Collects a query's matches in one pass: each match is recorded in its segment's
/// <see cref="LeafMatch"/>, and those the filters accept are counted and offered to the
/// ranking, which asks the scorer for a score only for them.
/// </summary>
internal sealed class MatchCollector(int keep, bool byScore, Func<AtomicReaderContext, LeafMatch> open) : ICollector
{
    private readonly TopHits top = new(keep, byScore);
    private LeafMatch? leaf;
    private Scorer? scorer;

    public List<LeafMatch> Leaves { get; } = [];

    /// <summary>Matches that pass every filter.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetNextReader(AtomicReaderContext context)
    {
        leaf = open(context);
        Leaves.Add(leaf);
    }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void Collect(int doc)
    {
        var current = leaf!;
        if (!current.IsOfKind(doc)) return;
        current.Matched.Set(doc);
        if (!current.Accepts(doc)) return;
        Total++;
        top.Offer(current, doc, byScore ? scorer!.GetScore() : 0f);
    }

    /// <summary>A search without words: every live document of the segment.</summary>
    public void CollectAll(AtomicReaderContext context)
    {
        SetNextReader(context);
        var current = leaf!;
        current.MatchAllLive();
        var matched = current.Matched;
        for (var doc = matched.NextSetBit(0); doc >= 0; doc = doc + 1 < current.Data.MaxDoc ? matched.NextSetBit(doc + 1) : -1)
        {
            if (!current.Accepts(doc)) continue;
            Total++;
            top.Offer(current, doc, 0f);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public IReadOnlyList<RankedHit> Ranked() => top.Sorted();
}

/// <summary>A hit: its segment, its document there, and its score (0 when sorted by date).</summary>
internal readonly record struct RankedHit(LeafMatch Leaf, int Doc, float Score)
{
    public long Id => Leaf.Data.Ids[Doc];

    public long Published => Leaf.Data.Published[Doc];
}

/// <summary>The best <c>keep</c> hits: by score, then newest, then highest id; or newest first.</summary>
internal sealed class TopHits(int keep, bool byScore)
{
    private readonly PriorityQueue<RankedHit, RankedHit> worstFirst = new(Comparer<RankedHit>.Create((a, b) => Compare(a, b, byScore)));

    public void Offer(LeafMatch leaf, int doc, float score)
    {
        var hit = new RankedHit(leaf, doc, score);
        if (worstFirst.Count < keep) worstFirst.Enqueue(hit, hit);
        else if (keep > 0 && Compare(hit, worstFirst.Peek(), byScore) > 0) worstFirst.DequeueEnqueue(hit, hit);
    }

    public IReadOnlyList<RankedHit> Sorted()
    {
        var hits = worstFirst.UnorderedItems.Select(i => i.Element).ToList();
        hits.Sort((a, b) => Compare(b, a, byScore));
        return hits;
    }

    // Positive when a ranks above b.
    private static int Compare(RankedHit a, RankedHit b, bool byScore)
    {
        if (byScore && a.Score != b.Score) return a.Score.CompareTo(b.Score);
        if (a.Published != b.Published) return a.Published.CompareTo(b.Published);
        return a.Id.CompareTo(b.Id);
    }
}
