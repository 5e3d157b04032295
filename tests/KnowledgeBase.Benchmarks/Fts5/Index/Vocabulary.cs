namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Every surface word of the index (folded, unstemmed) with the stem it is indexed under and
/// the number of documents containing it. Prefix queries expand against it (the FTS5 index
/// holds stems, so "logem*" must become "log") and spelling suggestions are drawn from it.
/// Kept in memory and persisted in the "words" table by the writer.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> stemDocs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> stemIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> wordsByStem = new(StringComparer.Ordinal);
    private readonly Lock sortedGate = new();
    private volatile string[]? sorted;

    public int Count => entries.Count;

    public int DocsOf(string word) => entries.TryGetValue(word, out var entry) ? entry.Docs : 0;

    /// <summary>Surface words indexed under <paramref name="stem"/>.</summary>
    public IReadOnlyList<string> WordsOf(string stem) => wordsByStem.TryGetValue(stem, out var forms) ? forms : [];

    /// <summary>
    /// Documents containing the stem, approximated by the sum over its surface words (a document
    /// with two forms counts twice): good enough to rank how distinctive a term is.
    /// </summary>
    public int StemDocs(string stem) => stemDocs.GetValueOrDefault(stem);

    /// <summary>Stems in at least <paramref name="minDocs"/> documents, most frequent first.</summary>
    public List<string> StemsWithAtLeast(int minDocs) =>
        stemDocs.Where(s => s.Value >= minDocs).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList();

    /// <summary>Number of stem ids handed out; ids run from 0 to this, never reused.</summary>
    public int StemIdCount => stemIds.Count;

    /// <summary>
    /// Small integer id of an indexed term (as encoded in the FTS5 table), used by the in-memory
    /// head-field table; -1 when the term never appeared in a title, summary or tags.
    /// </summary>
    public int StemIdOf(string term) => stemIds.GetValueOrDefault(term, -1);

    public void AddStemId(string term, int id) => stemIds[term] = id;

    /// <summary>Adds <paramref name="delta"/> documents to a word; a word at zero is forgotten.</summary>
    public int Change(string word, string stem, int delta)
    {
        if (!entries.TryGetValue(word, out var entry))
        {
            if (delta <= 0) return 0;
            entries[word] = entry = new Entry(stem);
            if (!wordsByStem.TryGetValue(stem, out var forms)) wordsByStem[stem] = forms = [];
            forms.Add(word);
            sorted = null;
        }
        entry.Docs += delta;
        stemDocs[entry.Stem] = stemDocs.GetValueOrDefault(entry.Stem) + delta;
        if (stemDocs[entry.Stem] <= 0) stemDocs.Remove(entry.Stem);
        if (entry.Docs > 0) return entry.Docs;
        entries.Remove(word);
        if (wordsByStem.TryGetValue(entry.Stem, out var remaining) && remaining.Remove(word) && remaining.Count == 0)
            wordsByStem.Remove(entry.Stem);
        sorted = null;
        return 0;
    }

    /// <summary>Words starting with <paramref name="prefix"/>, most frequent first.</summary>
    public IEnumerable<(string Word, string Stem, int Docs)> StartingWith(string prefix, int max)
    {
        var words = Sorted();
        var index = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
        if (index < 0) index = ~index;
        var matches = new List<(string, string, int)>();
        for (var i = index; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
            if (entries.TryGetValue(words[i], out var entry)) matches.Add((words[i], entry.Stem, entry.Docs));
        return matches.OrderByDescending(m => m.Item3).ThenBy(m => m.Item1, StringComparer.Ordinal).Take(max);
    }

    /// <summary>All words, sorted ordinally; rebuilt lazily after the vocabulary changes.</summary>
    public string[] Sorted()
    {
        var current = sorted;
        if (current is not null) return current;
        lock (sortedGate)
        {
            current = sorted;
            if (current is not null) return current;
            current = [.. entries.Keys];
            Array.Sort(current, StringComparer.Ordinal);
            sorted = current;
            return current;
        }
    }

    private sealed class Entry(string stem)
    {
        public string Stem { get; } = stem;
        public int Docs { get; set; }
    }
}
