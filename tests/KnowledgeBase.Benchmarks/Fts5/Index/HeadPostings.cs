namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Inverted lists of the head-field terms (<see cref="HeadTerms"/>): for each stem id, the
/// slots whose title, summary or tags contain it. Ranking a broad query then walks the lists of
/// its few terms instead of every matching document's terms. Entries are appended as documents
/// change; an entry is current only while its slot's generation is unchanged, and the lists are
/// rebuilt once stale entries outnumber current ones. Owned by <see cref="DocumentCatalog"/>.
/// </summary>
internal sealed class HeadPostings
{
    private const int GenerationBits = 6;
    private const int GenerationMask = (1 << GenerationBits) - 1;
    private static readonly List<int> None = [];

    private readonly Dictionary<int, List<int>> byStem = [];
    private byte[] generations = new byte[1024];
    private long stored;
    private long current;

    /// <summary>Entries <c>slot &lt;&lt; 8 | generation &lt;&lt; 2 | field</c>; check with <see cref="IsCurrent"/>.</summary>
    public List<int> Of(int stemId) => byStem.GetValueOrDefault(stemId, None);

    public bool IsCurrent(int entry) => generations[entry >> 8] == ((entry >> 2) & GenerationMask);

    public static int SlotOf(int entry) => entry >> 8;

    public static int FieldOf(int entry) => entry & 3;

    /// <summary>Replaces the entries of <paramref name="slot"/>; <paramref name="previous"/> were its entries.</summary>
    public void Set(int slot, int[]? previous, int[] head)
    {
        Invalidate(slot, previous);
        var generation = generations[slot];
        foreach (var entry in head) Append(entry >> 2, slot << 8 | generation << 2 | (entry & 3));
        stored += head.Length;
        current += head.Length;
    }

    public void Remove(int slot, int[]? previous) => Invalidate(slot, previous);

    /// <summary>True when stale entries outnumber current ones: time to <see cref="Rebuild"/>.</summary>
    public bool NeedsCompaction => stored > 100_000 && stored > 2 * current;

    public void Rebuild(int slotLimit, Func<int, int[]?> headOf)
    {
        byStem.Clear();
        (stored, current) = (0, 0);
        for (var slot = 1; slot < slotLimit; slot++)
            if (headOf(slot) is { } head)
            {
                foreach (var entry in head) Append(entry >> 2, slot << 8 | generations[slot] << 2 | (entry & 3));
                stored += head.Length;
                current += head.Length;
            }
    }

    private void Invalidate(int slot, int[]? previous)
    {
        if (slot >= generations.Length) Array.Resize(ref generations, Math.Max(slot + 1, generations.Length * 2));
        generations[slot] = (byte)((generations[slot] + 1) & GenerationMask);
        current -= previous?.Length ?? 0;
    }

    private void Append(int stemId, int entry)
    {
        if (!byStem.TryGetValue(stemId, out var list)) byStem[stemId] = list = [];
        list.Add(entry);
    }
}
