namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// Groups of equivalent expressions of the sector (RSA / revenu de solidarité active, Pôle
/// emploi / France Travail / ANPE…), applied to queries: an expression found in a query can
/// be searched as any of its equivalents. The index itself is not expanded, so editing the
/// groups needs no rebuild.
/// </summary>
/// <remarks>
/// Every entry is analyzed with the same analyzer as the query, so matching is on terms:
/// "Pôle-Emploi", "pole emploi" and "pôles emploi" all match the entry "Pôle emploi". An entry
/// listed in several groups (an ambiguous acronym) expands to the union of its groups.
/// </remarks>
public sealed class SynonymMap
{
    /// <summary>A map with no groups: nothing is ever expanded.</summary>
    public static SynonymMap Empty { get; } = new([], new FrenchAnalyzer());

    // Entries by their first term, longest first, so the first full match is the longest.
    private readonly Dictionary<string, Entry[]> _byFirstTerm;

    /// <summary>
    /// Builds the map from <paramref name="groups"/> of equivalent expressions, as written (for
    /// instance read from <c>content/taxonomy/synonyms.yml</c>). Entries that analyze to no term
    /// (only stop words) are ignored, as are groups left with fewer than two distinct entries.
    /// </summary>
    public SynonymMap(IEnumerable<IReadOnlyList<string>> groups, ITextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(analyzer);

        // Analyzed entries of each group, without duplicates.
        var analyzedGroups = groups
            .Select(g => g.Select(e => (IReadOnlyList<string>)analyzer.Analyze(e).Select(t => t.Term).ToArray())
                .Where(terms => terms.Count > 0)
                .DistinctBy(Key)
                .ToArray())
            .Where(g => g.Length > 1)
            .ToArray();

        // Each entry's alternatives: itself first, then the other entries of every group holding it.
        var groupsOfEntry = analyzedGroups
            .SelectMany(group => group.Select(entry => (Entry: entry, Group: group)))
            .GroupBy(pair => Key(pair.Entry), StringComparer.Ordinal);
        var entries = groupsOfEntry.Select(g =>
        {
            var terms = g.First().Entry;
            var others = g.SelectMany(pair => pair.Group).Where(e => Key(e) != g.Key).DistinctBy(Key);
            return new Entry(terms, others.Prepend(terms).ToArray());
        }).ToArray();

        _byFirstTerm = entries
            .GroupBy(entry => entry.Terms[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Terms.Count).ToArray(), StringComparer.Ordinal);
        EntryCount = entries.Length;
    }

    /// <summary>How many distinct analyzed expressions the map knows.</summary>
    public int EntryCount { get; }

    /// <summary>
    /// The longest known expression starting at <paramref name="terms"/>[<paramref name="start"/>],
    /// with its alternatives; null when none starts there. <paramref name="terms"/> are a query's
    /// terms as the analyzer gives them (stop words already dropped).
    /// </summary>
    public SynonymMatch? MatchAt(IReadOnlyList<string> terms, int start)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (start < 0 || start >= terms.Count || !_byFirstTerm.TryGetValue(terms[start], out var candidates))
            return null;
        foreach (var entry in candidates)
        {
            if (start + entry.Terms.Count > terms.Count) continue;
            var matches = true;
            for (var k = 1; k < entry.Terms.Count && matches; k++)
                matches = string.Equals(entry.Terms[k], terms[start + k], StringComparison.Ordinal);
            if (matches) return new SynonymMatch(start, entry.Terms.Count, entry.Alternatives);
        }
        return null;
    }

    /// <summary>
    /// Every known expression in a query, scanning left to right and taking the longest match at
    /// each point; matches never overlap.
    /// </summary>
    public IReadOnlyList<SynonymMatch> MatchAll(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var matches = new List<SynonymMatch>();
        for (var i = 0; i < terms.Count;)
        {
            var match = MatchAt(terms, i);
            if (match is null) { i++; continue; }
            matches.Add(match);
            i += match.Length;
        }
        return matches;
    }

    private static string Key(IReadOnlyList<string> terms) => string.Join(' ', terms);

    private sealed record Entry(IReadOnlyList<string> Terms, IReadOnlyList<IReadOnlyList<string>> Alternatives);
}

/// <summary>A known expression found in a query, and what it may be searched as.</summary>
/// <param name="Start">Index of the first query term of the expression.</param>
/// <param name="Length">How many query terms the expression covers.</param>
/// <param name="Alternatives">
/// Every equivalent expression as analyzed terms, the one found first. One term is a term
/// query; several terms are a phrase.
/// </param>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<IReadOnlyList<string>> Alternatives);
