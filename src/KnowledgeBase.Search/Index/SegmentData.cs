using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// What searches read of every document of one segment, held in memory: ids, kinds and
/// publication dates from their doc values, and each facet's values from its sorted-set doc values, both
/// per document (to count small result sets) and as a set of documents per value (to filter,
/// and to count large result sets by intersection). Built once per segment core.
/// </summary>
internal sealed class SegmentData
{
    private SegmentData(int maxDoc, long[] ids, long[] kinds, long[] published, Dictionary<string, SegmentFacet> facets)
    {
        MaxDoc = maxDoc;
        Ids = ids;
        Kinds = kinds;
        Published = published;
        Facets = facets;
    }

    public int MaxDoc { get; }

    public long[] Ids { get; }

    /// <summary>Each document's <see cref="DocumentKind"/>, as a number.</summary>
    public long[] Kinds { get; }

    public bool IsOfKind(int doc, DocumentKind kind) => Kinds[doc] == (long)kind;

    public long[] Published { get; }

    public IReadOnlyDictionary<string, SegmentFacet> Facets { get; }

    public static SegmentData Load(AtomicReader reader, FacetVocabulary vocabulary)
    {
        var maxDoc = reader.MaxDoc;
        var facets = new Dictionary<string, SegmentFacet>(StringComparer.Ordinal);
        foreach (var field in reader.FieldInfos)
        {
            if (!field.Name.StartsWith(IndexSchema.FacetPrefix, StringComparison.Ordinal) || field.DocValuesType != DocValuesType.SORTED_SET) continue;
            var facet = field.Name[IndexSchema.FacetPrefix.Length..];
            facets[facet] = SegmentFacet.Load(reader.GetSortedSetDocValues(field.Name), maxDoc, facet, vocabulary);
        }
        return new SegmentData(maxDoc, Numbers(reader, IndexSchema.Id, maxDoc), Numbers(reader, IndexSchema.Kind, maxDoc),
            Numbers(reader, IndexSchema.Published, maxDoc), facets);
    }

    private static long[] Numbers(AtomicReader reader, string field, int maxDoc)
    {
        var numbers = new long[maxDoc];
        var values = reader.GetNumericDocValues(field);
        if (values is null) return numbers;
        for (var doc = 0; doc < maxDoc; doc++) numbers[doc] = values.Get(doc);
        return numbers;
    }
}

/// <summary>One facet of one segment: value numbers per document and documents per value.</summary>
internal sealed class SegmentFacet
{
    private readonly int[] starts;
    private readonly int[] values;

    private SegmentFacet(int[] starts, int[] values, Dictionary<int, FixedBitSet> documents)
    {
        this.starts = starts;
        this.values = values;
        Documents = documents;
    }

    /// <summary>Value number → the documents carrying it.</summary>
    public IReadOnlyDictionary<int, FixedBitSet> Documents { get; }

    /// <summary>The value numbers of one document.</summary>
    public ReadOnlySpan<int> ValuesOf(int doc) => values.AsSpan(starts[doc], starts[doc + 1] - starts[doc]);

    public static SegmentFacet Load(SortedSetDocValues docValues, int maxDoc, string facet, FacetVocabulary vocabulary)
    {
        var ids = new int[docValues.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < ids.Length; ord++)
        {
            docValues.LookupOrd(ord, scratch);
            ids[ord] = vocabulary.IdOf(facet, scratch.Utf8ToString());
        }
        var starts = new int[maxDoc + 1];
        var values = new List<int>(maxDoc);
        var documents = new Dictionary<int, FixedBitSet>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = values.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                var id = ids[ord];
                values.Add(id);
                if (!documents.TryGetValue(id, out var set)) documents[id] = set = new FixedBitSet(maxDoc);
                set.Set(doc);
            }
        }
        starts[maxDoc] = values.Count;
        return new SegmentFacet(starts, [.. values], documents);
    }
}
