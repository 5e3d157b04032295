using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// Filters and disjunctive facet counts of a large match set by bit set intersections with
/// the documents of each facet value (<see cref="FacetDocSets"/>): a facet's counts are taken
/// over the matches that pass every other facet's filter, as in
/// <see cref="ResultCollector.Add"/>'s per-document pass, at a cost that depends on the number
/// of facet values rather than on the number of matches.
/// </summary>
internal static class FacetSetCounts
{
    /// <summary>Adds the counts to <paramref name="counts"/>; returns the live matches passing every filter.</summary>
    public static ulong[] Count(DocumentCatalog catalog, FacetFilter filter, bool[] countedFacets, ulong[] matched, int[] counts)
    {
        var words = matched.Length;
        var candidates = BitSets.Copy(matched, words);
        BitSets.And(candidates, catalog.Facets.Live);
        // Per filtered facet: the documents with any of its selected values.
        var accepted = new ulong[filter.FacetByBit.Length][];
        for (var bit = 0; bit < accepted.Length; bit++)
        {
            accepted[bit] = new ulong[words];
            foreach (var ordinal in filter.OrdinalsWithBit(bit)) BitSets.Or(accepted[bit], catalog.Facets.Of(ordinal));
        }
        var passing = Except(candidates, accepted, skip: -1);

        for (var facet = 0; facet < countedFacets.Length; facet++)
        {
            if (!countedFacets[facet]) continue;
            var bit = Array.FindIndex(filter.FacetByBit, name => catalog.FacetNumber(name) == facet);
            var within = bit < 0 ? passing : Except(candidates, accepted, skip: bit);
            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
                if (catalog.FacetOf(ordinal) == facet) counts[ordinal] += BitSets.CountBoth(within, catalog.Facets.Of(ordinal));
        }
        return passing;
    }

    /// <summary>The candidates in every accepted set but the one of filter bit <paramref name="skip"/>.</summary>
    private static ulong[] Except(ulong[] candidates, ulong[][] accepted, int skip)
    {
        var result = BitSets.Copy(candidates, candidates.Length);
        for (var bit = 0; bit < accepted.Length; bit++)
            if (bit != skip) BitSets.And(result, accepted[bit]);
        return result;
    }
}
