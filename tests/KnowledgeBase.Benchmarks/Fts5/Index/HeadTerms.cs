namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// The distinct terms of a document's title, summary and tags as small integers
/// (<c>stemId &lt;&lt; 2 | field</c>), kept in memory for every document. They let a search
/// rank tens of thousands of matches in a few milliseconds where FTS5's bm25 costs ~1.7 µs a
/// row; see <c>HeadScorer</c>. Stored in the docs table as <see cref="SortedIntegers"/>.
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
}
