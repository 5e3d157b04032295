using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// The request's facet filters compiled to bit masks over facet value ordinals: each filtered
/// facet owns one bit, and a document fails the facets whose bit none of its values carries.
/// Knowing which filters a document fails (not just whether it fails) gives disjunctive facet
/// counts in the same pass.
/// </summary>
internal sealed class FacetFilter
{
    private const int MaxFilteredFacets = 64;
    private readonly ulong[] bitByOrdinal;

    private FacetFilter(ulong[] bitByOrdinal, string[] facetByBit)
    {
        this.bitByOrdinal = bitByOrdinal;
        FacetByBit = facetByBit;
        AllBits = facetByBit.Length == 64 ? ulong.MaxValue : (1UL << facetByBit.Length) - 1;
    }

    /// <summary>Facet name of each filter bit.</summary>
    public string[] FacetByBit { get; }

    public ulong AllBits { get; }

    public static FacetFilter Compile(DocumentCatalog catalog, IReadOnlyDictionary<string, IReadOnlyCollection<string>>? filters)
    {
        var bits = new ulong[catalog.OrdinalCount];
        var facets = new List<string>();
        foreach (var (facet, values) in filters ?? new Dictionary<string, IReadOnlyCollection<string>>())
        {
            if (facet is null || values is null || facets.Count == MaxFilteredFacets) continue;
            var accepted = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray();
            if (accepted.Length == 0) continue;
            var bit = 1UL << facets.Count;
            facets.Add(facet);
            foreach (var value in accepted)
                if (catalog.OrdinalOf(facet, value) is var ordinal and >= 0) bits[ordinal] |= bit;
        }
        return new FacetFilter(bits, [.. facets]);
    }

    /// <summary>Ordinals of the values selected by filter bit <paramref name="bit"/>.</summary>
    public IEnumerable<int> OrdinalsWithBit(int bit)
    {
        for (var ordinal = 0; ordinal < bitByOrdinal.Length; ordinal++)
            if ((bitByOrdinal[ordinal] & (1UL << bit)) != 0) yield return ordinal;
    }

    /// <summary>Bits of the filtered facets that a document with these values does not satisfy.</summary>
    public ulong Failures(ReadOnlySpan<int> ordinals)
    {
        if (AllBits == 0) return 0;
        ulong passed = 0;
        foreach (var ordinal in ordinals)
            if (ordinal < bitByOrdinal.Length) passed |= bitByOrdinal[ordinal];
        return AllBits & ~passed;
    }
}
