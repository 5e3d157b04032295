namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// In-memory view of every indexed document: id, publication date and facet values as small
/// integer ordinals, by slot (the FTS5 rowid). Facet counting and filtering run over it in C#,
/// which is much faster than joining large match sets in SQL. Loaded once, then updated by the
/// writer after each commit; callers synchronise access (see <see cref="SqliteSearchIndex"/>).
/// </summary>
internal sealed class DocumentCatalog
{
    private static readonly int[] NoOrdinals = [];

    private readonly Dictionary<(string Facet, string Value), int> ordinalByValue = [];
    private readonly List<string> valueByOrdinal = [];
    private readonly List<int> facetByOrdinal = [];
    private readonly Dictionary<string, int> facetNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> slotById = [];
    // Facet ordinals laid out flat, a fixed stride per slot, so the counting loop over tens of
    // thousands of matches (in slot order) streams through memory instead of chasing one array
    // per document. The rare document with more values keeps them in an overflow table.
    private const int Stride = 16;
    private const byte Free = 0, Overflowing = byte.MaxValue;
    private int[] flatOrdinals = new int[1024 * Stride];
    private byte[] ordinalCounts = new byte[1024]; // 1 + number of values; 0 for a free slot
    private readonly Dictionary<int, int[]> overflow = [];
    private long[] ticksBySlot = new long[1024];
    private long[] idBySlot = new long[1024];
    private int[]?[] headBySlot = new int[]?[1024];

    public int Count => slotById.Count;

    /// <summary>Head-field terms by stem, for ranking broad queries.</summary>
    public HeadPostings Head { get; } = new();

    /// <summary>Documents of the frequent terms, for matching broad queries in memory.</summary>
    public TermDocSets Terms { get; } = new();

    /// <summary>Live documents and documents of each facet value, for counting facets of large match sets.</summary>
    public FacetDocSets Facets { get; } = new();

    /// <summary>One past the highest slot ever used; slots below may be free.</summary>
    public int SlotLimit { get; private set; } = 1;

    public int OrdinalCount => valueByOrdinal.Count;

    /// <summary>Number of distinct facet names; facet numbers run from 0 to this.</summary>
    public int FacetCount => facetNumbers.Count;

    public bool IsLive(long slot) => slot > 0 && slot < SlotLimit && ordinalCounts[slot] != Free;

    public bool TryGetSlot(long id, out int slot) => slotById.TryGetValue(id, out slot);

    public long IdOf(int slot) => idBySlot[slot];

    public long TicksOf(int slot) => ticksBySlot[slot];

    public ReadOnlySpan<int> OrdinalsOf(int slot) => ordinalCounts[slot] switch
    {
        Free => NoOrdinals,
        Overflowing => overflow[slot],
        var count => flatOrdinals.AsSpan(slot * Stride, count - 1),
    };

    public int FacetOf(int ordinal) => facetByOrdinal[ordinal];

    public string ValueOf(int ordinal) => valueByOrdinal[ordinal];

    /// <summary>Number of a facet name, or -1 when no document has it.</summary>
    public int FacetNumber(string facet) => facetNumbers.GetValueOrDefault(facet, -1);

    /// <summary>Ordinal of a facet value, or -1 when no document ever had it.</summary>
    public int OrdinalOf(string facet, string value) => ordinalByValue.GetValueOrDefault((facet, value), -1);

    /// <summary>Registers a facet value under the ordinal the writer stored it with.</summary>
    public void AddValue(int ordinal, string facet, string value)
    {
        if (ordinal != valueByOrdinal.Count) throw new InvalidDataException($"Facet value ordinal {ordinal} out of sequence.");
        if (!facetNumbers.TryGetValue(facet, out var number))
            facetNumbers[facet] = number = facetNumbers.Count;
        valueByOrdinal.Add(value);
        Facets.AddOrdinal();
        facetByOrdinal.Add(number);
        ordinalByValue[(facet, value)] = ordinal;
    }

    /// <summary>
    /// Records the document now in <paramref name="slot"/>; <paramref name="terms"/> are its
    /// distinct index terms (none when loading: no term set exists yet).
    /// </summary>
    public void Set(int slot, long id, long ticks, int[] ordinals, int[] head, IEnumerable<string> terms)
    {
        EnsureCapacity(slot);
        Terms.Clear(slot);
        Terms.Add(slot, terms);
        Facets.Remove(slot, OrdinalsOf(slot));
        overflow.Remove(slot);
        if (ordinals.Length < Stride)
        {
            ordinals.CopyTo(flatOrdinals.AsSpan(slot * Stride));
            ordinalCounts[slot] = (byte)(ordinals.Length + 1);
        }
        else
        {
            overflow[slot] = ordinals;
            ordinalCounts[slot] = Overflowing;
        }
        Facets.Add(slot, ordinals);
        ticksBySlot[slot] = ticks;
        idBySlot[slot] = id;
        Head.Set(slot, headBySlot[slot], head);
        headBySlot[slot] = head;
        slotById[id] = slot;
        SlotLimit = Math.Max(SlotLimit, slot + 1);
        if (Head.NeedsCompaction) Head.Rebuild(SlotLimit, s => headBySlot[s]);
    }

    public void Remove(int slot)
    {
        if (!IsLive(slot)) return;
        slotById.Remove(idBySlot[slot]);
        Facets.Remove(slot, OrdinalsOf(slot));
        ordinalCounts[slot] = Free;
        overflow.Remove(slot);
        Terms.Clear(slot);
        Head.Remove(slot, headBySlot[slot]);
        headBySlot[slot] = null;
        if (Head.NeedsCompaction) Head.Rebuild(SlotLimit, s => headBySlot[s]);
    }

    private void EnsureCapacity(int slot)
    {
        if (slot < ordinalCounts.Length) return;
        var size = Math.Max(slot + 1, ordinalCounts.Length * 2);
        Array.Resize(ref ordinalCounts, size);
        Array.Resize(ref flatOrdinals, size * Stride);
        Array.Resize(ref ticksBySlot, size);
        Array.Resize(ref idBySlot, size);
        Array.Resize(ref headBySlot, size);
    }
}
