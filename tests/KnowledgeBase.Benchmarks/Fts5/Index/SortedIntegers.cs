namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Sorted non-negative integers as delta-encoded varints: a document's facet ordinals or
/// head-term entries in a few bytes each, to keep the index file small.
/// </summary>
internal static class SortedIntegers
{
    public static byte[] Encode(int[] sorted)
    {
        var bytes = new List<byte>(sorted.Length * 2);
        var previous = 0;
        foreach (var value in sorted)
        {
            var delta = (uint)(value - previous);
            previous = value;
            while (delta >= 0x80)
            {
                bytes.Add((byte)(delta | 0x80));
                delta >>= 7;
            }
            bytes.Add((byte)delta);
        }
        return [.. bytes];
    }

    public static int[] Decode(byte[] encoded)
    {
        var values = new List<int>(encoded.Length);
        var (value, shift, previous) = (0u, 0, 0);
        foreach (var b in encoded)
        {
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) != 0 && (shift += 7) < 35) continue;
            previous += (int)value;
            values.Add(previous);
            (value, shift) = (0, 0);
        }
        return [.. values];
    }
}
