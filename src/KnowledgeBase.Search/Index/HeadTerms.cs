namespace KnowledgeBase.Search.Index;

/// <summary>
/// The distinct terms of a document's title, summary and tags as small integers
/// (<c>stemId &lt;&lt; 2 | field</c>), kept in memory for every document. They let a search
/// rank tens of thousands of matches in a few milliseconds where FTS5's bm25 costs ~1.7 µs a
/// row; see <c>HeadScorer</c>. Stored in the docs table as delta-encoded varints.
/// </summary>
internal static class HeadTerms
{
    public const int Title = 0;
    public const int Summary = 1;
    public const int Tags = 2;

    /// <summary>Distinct (encoded term, field) pairs of a document's head fields.</summary>
    public static (string Term, int Field)[] Distinct(AnalyzedText text)
    {
        var pairs = new HashSet<(string, int)>();
        foreach (var (column, field) in new[] { (text.Title, Title), (text.Summary, Summary), (text.Tags, Tags) })
            foreach (var term in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                pairs.Add((term, field));
        return [.. pairs];
    }

    /// <summary>Sorted entries of a document; <paramref name="idOf"/> hands out stem ids.</summary>
    public static int[] Entries((string Term, int Field)[] pairs, Func<string, int> idOf)
    {
        var entries = new int[pairs.Length];
        for (var i = 0; i < pairs.Length; i++) entries[i] = idOf(pairs[i].Term) << 2 | pairs[i].Field;
        Array.Sort(entries);
        return entries;
    }

    public static byte[] Encode(int[] sortedEntries)
    {
        var bytes = new List<byte>(sortedEntries.Length * 2);
        var previous = 0;
        foreach (var entry in sortedEntries)
        {
            var delta = (uint)(entry - previous);
            previous = entry;
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
        var entries = new List<int>(encoded.Length);
        var (value, shift, previous) = (0u, 0, 0);
        foreach (var b in encoded)
        {
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) != 0 && (shift += 7) < 35) continue;
            previous += (int)value;
            entries.Add(previous);
            (value, shift) = (0, 0);
        }
        return [.. entries];
    }
}
