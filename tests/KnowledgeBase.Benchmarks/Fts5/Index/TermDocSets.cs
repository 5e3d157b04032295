using System.Collections.Concurrent;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// The documents of each frequent term as a bit set over slots, kept in memory. Reading a
/// common word's posting list from FTS5 costs ~0.2 µs a document (15-20 ms for a word in every
/// write-up of 100,000): intersecting bit sets costs microseconds. Sets are loaded from FTS5 on
/// first use (and ahead of use by <see cref="SqliteSearchIndex"/>'s warm-up), then kept exact
/// by the writer, which clears and sets the bits of the documents it changes. Readers load
/// sets under the index's read lock; the writer changes them under its write lock. Owned by
/// <see cref="DocumentCatalog"/>.
/// </summary>
internal sealed class TermDocSets
{
    /// <summary>Most sets kept: about 12 KB each at 100,000 write-ups.</summary>
    public const int MaxSets = 2048;

    /// <summary>Terms in fewer documents than this are cheap to read from FTS5 and not kept.</summary>
    public const int MinDocs = 256;

    private readonly ConcurrentDictionary<string, ulong[]> sets = new(StringComparer.Ordinal);

    public int Count => sets.Count;

    /// <summary>Documents a term must be in, out of <paramref name="total"/>, to be worth a set.</summary>
    public static int FrequentFrom(int total) => Math.Max(MinDocs, total / 64);

    public bool TryGet(string term, out ulong[] set) => sets.TryGetValue(term, out set!);

    /// <summary>
    /// The kept set of an encoded term, or its documents read from FTS5 and kept (callers hold
    /// the read lock, so no write is in progress); when the cache is full the set is used once.
    /// </summary>
    public ulong[] GetOrRead(string encodedTerm, int words, ReaderSession session)
    {
        if (sets.TryGetValue(encodedTerm, out var set)) return set;
        set = session.MatchingSlots("\"" + encodedTerm + "\"", words);
        return sets.Count < MaxSets ? sets.GetOrAdd(encodedTerm, set) : set;
    }

    /// <summary>Writer: the document in <paramref name="slot"/> is gone or about to be replaced.</summary>
    public void Clear(int slot)
    {
        // Enumerating the dictionary itself: its Values property would lock and copy it, for
        // every document loaded at opening.
        foreach (var (_, set) in sets) BitSets.Remove(set, slot);
    }

    /// <summary>Writer: the document now in <paramref name="slot"/> contains <paramref name="terms"/>.</summary>
    public void Add(int slot, IEnumerable<string> terms)
    {
        if (sets.IsEmpty) return;
        foreach (var term in terms)
        {
            if (!sets.TryGetValue(term, out var set)) continue;
            BitSets.Add(ref set, slot);
            sets[term] = set;
        }
    }
}
