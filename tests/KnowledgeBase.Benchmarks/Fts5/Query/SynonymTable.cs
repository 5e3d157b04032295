using KnowledgeBase.Benchmarks.Fts5.Analysis;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// Groups of equivalent expressions (RSA / RMI / revenu de solidarité active…), analyzed once
/// with the index analyzer so they can be recognised in analyzed query terms.
/// </summary>
internal sealed class SynonymTable
{
    private readonly List<string[][]> groups = [];
    private readonly Dictionary<string, List<(string[] Terms, int Group)>> byFirstTerm = new(StringComparer.Ordinal);

    public SynonymTable(ITextAnalyzer analyzer, IEnumerable<IReadOnlyList<string>>? synonymGroups)
    {
        foreach (var group in synonymGroups ?? [])
        {
            var alternatives = group
                .Select(expression => analyzer.Analyze(expression ?? "").Select(t => t.Term).Where(t => t.Length > 0).ToArray())
                .Where(terms => terms.Length > 0)
                .DistinctBy(terms => string.Join(' ', terms))
                .ToArray();
            if (alternatives.Length < 2) continue;
            foreach (var terms in alternatives)
            {
                if (!byFirstTerm.TryGetValue(terms[0], out var list)) byFirstTerm[terms[0]] = list = [];
                list.Add((terms, groups.Count));
            }
            groups.Add(alternatives);
        }
    }

    /// <summary>The longest expression of any group starting at <paramref name="at"/>, if any.</summary>
    public (int Group, int Length)? FindLongest(IReadOnlyList<string> terms, int at)
    {
        if (!byFirstTerm.TryGetValue(terms[at], out var candidates)) return null;
        (int, int)? best = null;
        foreach (var (expression, group) in candidates)
        {
            if (expression.Length > terms.Count - at || (best is { } b && expression.Length <= b.Item2)) continue;
            var matches = true;
            for (var i = 1; i < expression.Length && matches; i++) matches = expression[i] == terms[at + i];
            if (matches) best = (group, expression.Length);
        }
        return best;
    }

    public IReadOnlyList<string[]> Alternatives(int group) => groups[group];
}
