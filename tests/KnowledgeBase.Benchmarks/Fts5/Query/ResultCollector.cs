using System.Numerics;
using System.Runtime.CompilerServices;
using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// Applies the filters to the matching documents, counts facet values disjunctively (a facet's
/// counts ignore its own filter but respect the others) and keeps the best
/// <c>page × pageSize</c> hits in a bounded heap: document by document, or for large match sets
/// by set intersections (<see cref="FacetSetCounts"/>).
/// </summary>
internal sealed class ResultCollector
{
    private readonly DocumentCatalog catalog;
    private readonly FacetFilter filter;
    private readonly bool byScore;
    private readonly int keep;
    private readonly int[] counts;
    private readonly bool[] countedFacets;
    private readonly int[] facetOfOrdinal;
    private readonly bool[] countedOrdinals;
    private readonly bool countsAll;
    private readonly int[] facetNumberByBit;
    private readonly PriorityQueue<int, HitKey> best;
    private HitKey worst;

    public ResultCollector(DocumentCatalog catalog, FacetFilter filter, IEnumerable<string> facets, bool byScore, int keep)
    {
        this.catalog = catalog;
        this.filter = filter;
        this.byScore = byScore;
        this.keep = keep;
        counts = new int[catalog.OrdinalCount];
        countedFacets = new bool[catalog.FacetCount];
        foreach (var facet in facets)
            if (catalog.FacetNumber(facet) is var number and >= 0) countedFacets[number] = true;
        // Flat copies: the per-document loop below runs for every match.
        facetOfOrdinal = new int[counts.Length];
        countedOrdinals = new bool[counts.Length];
        for (var ordinal = 0; ordinal < counts.Length; ordinal++)
        {
            facetOfOrdinal[ordinal] = catalog.FacetOf(ordinal);
            countedOrdinals[ordinal] = countedFacets[facetOfOrdinal[ordinal]];
        }
        countsAll = Array.TrueForAll(countedOrdinals, counted => counted);
        facetNumberByBit = filter.FacetByBit.Select(catalog.FacetNumber).ToArray();
        best = new PriorityQueue<int, HitKey>(keep + 1, byScore ? WorseByScore.Instance : WorseByDate.Instance);
    }

    public int Total { get; private set; }

    /// <summary>
    /// Adds the live documents of a set of slots (see <see cref="BitSets"/>), scored by
    /// <paramref name="scorer"/> or unscored. A set of more than one document in 64 is filtered
    /// and counted by set intersections (<see cref="FacetSetCounts"/>), a smaller one document by
    /// document. Hits are kept newest slot first: recent write-ups have the higher slots, so with
    /// dates tied or sorted by, the best hits come early and later ones are rejected at once.
    /// </summary>
    // Hot loops (up to every document) are compiled fully optimised at once: under tiered
    // compilation, the first searches for common words ran 5x slower until the rejit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddAll(ulong[] set, HeadScorer? scorer)
    {
        var large = BitSets.Count(set) > set.Length;
        var passing = large ? FacetSetCounts.Count(catalog, filter, countedFacets, set, counts) : set;
        for (var word = passing.Length - 1; word >= 0; word--)
        {
            var bits = passing[word];
            while (bits != 0)
            {
                var bit = 63 - BitOperations.LeadingZeroCount(bits);
                bits &= ~(1UL << bit);
                var slot = (word << 6) | bit;
                if (!large) Add(slot, scorer?.Score(slot) ?? 0);
                else
                {
                    Total++;
                    Keep(slot, scorer?.Score(slot) ?? 0);
                }
            }
        }
    }

    /// <summary>Adds one matching document, if it is live.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int slot, double score)
    {
        if (!catalog.IsLive(slot)) return;
        var ordinals = catalog.OrdinalsOf(slot);
        var failures = filter.Failures(ordinals);
        if (failures == 0)
        {
            Total++;
            if (countsAll)
            {
                foreach (var ordinal in ordinals)
                    if ((uint)ordinal < (uint)counts.Length) counts[ordinal]++;
            }
            else
            {
                foreach (var ordinal in ordinals)
                    if ((uint)ordinal < (uint)counts.Length && countedOrdinals[ordinal]) counts[ordinal]++;
            }
            Keep(slot, score);
        }
        else if (BitOperations.PopCount(failures) == 1)
        {
            // Fails only facet F's filter: it would match if F's selection were different, so it
            // counts towards F's values only.
            var facet = facetNumberByBit[BitOperations.TrailingZeroCount(failures)];
            if (facet < 0 || !countedFacets[facet]) return;
            foreach (var ordinal in ordinals)
                if ((uint)ordinal < (uint)counts.Length && facetOfOrdinal[ordinal] == facet) counts[ordinal]++;
        }
    }

    /// <summary>Kept hits, best first.</summary>
    public List<(int Slot, double Score)> Ranked()
    {
        var ranked = new List<(int, double)>(best.Count);
        while (best.TryDequeue(out var slot, out var key)) ranked.Add((slot, key.Score));
        ranked.Reverse();
        return ranked;
    }

    public Dictionary<string, IReadOnlyList<FacetCount>> Facets(IEnumerable<string> facets, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? filters)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var facet in facets.Distinct())
        {
            var number = catalog.FacetNumber(facet);
            var values = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
                if (counts[ordinal] > 0 && catalog.FacetOf(ordinal) == number) values[catalog.ValueOf(ordinal)] = counts[ordinal];
            // Selected values stay visible (with 0) so that a visitor can unselect them.
            if (filters is not null && filters.TryGetValue(facet, out var selected) && selected is not null)
                foreach (var value in selected.Where(v => !string.IsNullOrWhiteSpace(v)))
                    values.TryAdd(value.Trim(), 0);
            result[facet] = values
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetCount(v.Key, v.Value)).ToList();
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Keep(int slot, double score)
    {
        if (keep <= 0) return;
        var ticks = catalog.TicksOf(slot);
        if (best.Count == keep)
        {
            // Most matches lose to the worst kept hit on the first key: reject them cheaply.
            if (byScore ? score < worst.Score : ticks < worst.Ticks) return;
            var key = new HitKey(score, ticks, slot);
            if (best.Comparer.Compare(key, worst) <= 0) return;
            best.EnqueueDequeue(slot, key);
        }
        else best.Enqueue(slot, new HitKey(score, ticks, slot));
        if (best.Count == keep) best.TryPeek(out _, out worst);
    }

    private readonly record struct HitKey(double Score, long Ticks, int Slot);

    // The heap's root is the worst kept hit, so each comparer orders worse before better.
    private sealed class WorseByScore : IComparer<HitKey>
    {
        public static readonly WorseByScore Instance = new();

        public int Compare(HitKey x, HitKey y)
        {
            var c = x.Score.CompareTo(y.Score);
            return c != 0 ? c : WorseByDate.Instance.Compare(x, y);
        }
    }

    private sealed class WorseByDate : IComparer<HitKey>
    {
        public static readonly WorseByDate Instance = new();

        public int Compare(HitKey x, HitKey y)
        {
            var c = x.Ticks.CompareTo(y.Ticks);
            return c != 0 ? c : x.Slot.CompareTo(y.Slot);
        }
    }
}
