using System.Collections.Concurrent;

namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// Remembers the term of words already analyzed, keyed by the lower-cased word. Word frequencies
/// are skewed, so a bounded cache filled by the first words met skips most stemming and shares
/// one string per term instead of allocating one per token. Safe to use from several threads.
/// </summary>
internal sealed class TermCache(int capacity)
{
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _terms =
        new ConcurrentDictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private int _count;

    public bool TryGet(ReadOnlySpan<char> word, out string term) => _terms.TryGetValue(word, out term!);

    /// <summary>Adds the pair unless the cache is full; once full it keeps what it has.</summary>
    public void Add(ReadOnlySpan<char> word, string term)
    {
        if (Volatile.Read(ref _count) >= capacity) return;
        if (_terms.TryAdd(word, term)) Interlocked.Increment(ref _count);
    }
}
