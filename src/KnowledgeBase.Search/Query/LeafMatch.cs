using KnowledgeBase.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// What a search found in one segment: every live document of the kind searched matching the
/// query, whatever the filters (the facet counts need them), and the documents each facet
/// filter accepts.
/// </summary>
internal sealed class LeafMatch
{
    private readonly Dictionary<string, FixedBitSet> filters;
    private readonly DocumentKind kind;
    private FixedBitSet? matchedAndAccepted;

    public LeafMatch(AtomicReaderContext context, SegmentData data, IReadOnlyDictionary<string, IReadOnlyCollection<string>> requested,
        FacetVocabulary vocabulary, DocumentKind kind)
    {
        Context = context;
        Data = data;
        this.kind = kind;
        Matched = new FixedBitSet(Math.Max(1, data.MaxDoc));
        filters = new Dictionary<string, FixedBitSet>(StringComparer.Ordinal);
        foreach (var (facet, values) in requested)
        {
            var accepted = new FixedBitSet(Math.Max(1, data.MaxDoc));
            if (data.Facets.TryGetValue(facet, out var segmentFacet))
            {
                foreach (var value in values)
                {
                    var id = value is null ? -1 : vocabulary.Find(facet, value);
                    if (id >= 0 && segmentFacet.Documents.TryGetValue(id, out var documents)) accepted.Or(documents);
                }
            }
            filters[facet] = accepted;
        }
        if (filters.Count > 0)
        {
            Accepted = filters.Values.First().Clone();
            foreach (var filter in filters.Values.Skip(1)) Accepted.And(filter);
        }
    }

    public AtomicReaderContext Context { get; }

    public SegmentData Data { get; }

    /// <summary>Live documents of the kind searched matching the query, before facet filters.</summary>
    public FixedBitSet Matched { get; }

    /// <summary>Whether the document is of the kind searched (write-ups and dossiers never mix).</summary>
    public bool IsOfKind(int doc) => Data.IsOfKind(doc, kind);

    /// <summary>Documents every facet filter accepts; null when there is no filter.</summary>
    public FixedBitSet? Accepted { get; }

    public bool Accepts(int doc) => Accepted is null || Accepted.Get(doc);

    /// <summary>
    /// The documents a facet is counted on: the matches that pass every filter but its own, so
    /// that choosing one value leaves the others of that facet on offer.
    /// </summary>
    public FixedBitSet CountedFor(string facet)
    {
        if (!filters.ContainsKey(facet))
        {
            if (matchedAndAccepted is null)
            {
                matchedAndAccepted = Matched.Clone();
                if (Accepted is not null) matchedAndAccepted.And(Accepted);
            }
            return matchedAndAccepted;
        }
        var counted = Matched.Clone();
        foreach (var (other, accepted) in filters)
            if (other != facet) counted.And(accepted);
        return counted;
    }

    /// <summary>Every live document of the kind searched, for a search without words.</summary>
    public void MatchAllLive()
    {
        var live = Context.AtomicReader.LiveDocs;
        for (var doc = 0; doc < Data.MaxDoc; doc++)
            if ((live is null || live.Get(doc)) && IsOfKind(doc)) Matched.Set(doc);
    }
}
