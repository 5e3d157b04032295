using KnowledgeBase.Search.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// Counts facet values over a search's matches, the way faceted search reads: values of one
/// facet are alternatives, so a facet is counted on the matches that pass every filter but its
/// own (<see cref="LeafMatch.CountedFor"/>). Small sets are counted document by document from
/// the values in memory; large ones by intersecting with each value's set of documents.
/// </summary>
internal static class FacetCounter
{
    // Reading one document's values costs about as much as intersecting this many 64-bit words.
    private const int DocumentCostInWords = 16;

    public static Dictionary<string, IReadOnlyList<FacetCount>> Count(
        IReadOnlyList<LeafMatch> leaves, IEnumerable<string> facets,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> filters, FacetVocabulary vocabulary)
    {
        var results = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            var counts = new Dictionary<int, int>();
            foreach (var leaf in leaves)
                if (leaf.Data.Facets.TryGetValue(facet, out var segmentFacet)) Add(leaf.CountedFor(facet), segmentFacet, leaf.Data.MaxDoc, counts);
            results[facet] = Listed(facet, counts, filters.GetValueOrDefault(facet) ?? [], vocabulary);
        }
        return results;
    }

    private static void Add(FixedBitSet counted, SegmentFacet facet, int maxDoc, Dictionary<int, int> counts)
    {
        var documents = counted.Cardinality;
        if (documents == 0) return;
        var words = (maxDoc + 63) / 64;
        if ((long)documents * DocumentCostInWords > (long)facet.Documents.Count * words)
        {
            foreach (var (value, set) in facet.Documents)
            {
                var n = (int)FixedBitSet.IntersectionCount(counted, set);
                if (n > 0) counts[value] = counts.GetValueOrDefault(value) + n;
            }
            return;
        }
        for (var doc = counted.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? counted.NextSetBit(doc + 1) : -1)
            foreach (var value in facet.ValuesOf(doc)) counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    /// <summary>Values found, most frequent first, then the selected values found nowhere, at zero.</summary>
    private static List<FacetCount> Listed(string facet, Dictionary<int, int> counts, IReadOnlyCollection<string> selected, FacetVocabulary vocabulary)
    {
        var listed = counts
            .Select(c => new FacetCount(vocabulary.ValueOf(facet, c.Key), c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        foreach (var value in selected.Where(v => v is not null).Distinct(StringComparer.Ordinal))
            if (!listed.Any(c => c.Value == value)) listed.Add(new FacetCount(value, 0));
        return listed;
    }
}
