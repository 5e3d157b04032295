using System.Numerics;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Sets of slots as arrays of 64-bit words (bit <c>s &amp; 63</c> of word <c>s &gt;&gt; 6</c>).
/// A set may be shorter than another: the missing words are empty.
/// </summary>
internal static class BitSets
{
    public static int WordsFor(int slotLimit) => (slotLimit + 63) >> 6;

    public static void Add(ref ulong[] set, int slot)
    {
        if (slot >> 6 >= set.Length) Array.Resize(ref set, Math.Max((slot >> 6) + 1, set.Length * 2));
        set[slot >> 6] |= 1UL << (slot & 63);
    }

    public static void Remove(ulong[] set, int slot)
    {
        if (slot >> 6 < set.Length) set[slot >> 6] &= ~(1UL << (slot & 63));
    }

    /// <summary>A copy of <paramref name="set"/> exactly <paramref name="words"/> long.</summary>
    public static ulong[] Copy(ulong[] set, int words)
    {
        var copy = new ulong[words];
        set.AsSpan(0, Math.Min(words, set.Length)).CopyTo(copy);
        return copy;
    }

    public static void Or(ulong[] target, ulong[] set)
    {
        var n = Math.Min(target.Length, set.Length);
        for (var i = 0; i < n; i++) target[i] |= set[i];
    }

    public static void And(ulong[] target, ulong[] set)
    {
        var n = Math.Min(target.Length, set.Length);
        for (var i = 0; i < n; i++) target[i] &= set[i];
        Array.Clear(target, n, target.Length - n);
    }

    public static void AndNot(ulong[] target, ulong[] set)
    {
        var n = Math.Min(target.Length, set.Length);
        for (var i = 0; i < n; i++) target[i] &= ~set[i];
    }

    public static int Count(ulong[] set)
    {
        var count = 0;
        foreach (var word in set) count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>Size of the intersection of two sets, without building it.</summary>
    public static int CountBoth(ulong[] a, ulong[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        var count = 0;
        for (var i = 0; i < n; i++) count += BitOperations.PopCount(a[i] & b[i]);
        return count;
    }
}
