namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>A document's facet values as cleaned, distinct (facet, value) pairs.</summary>
internal static class DocumentFacets
{
    public static (string Facet, string Value)[] From(IReadOnlyDictionary<string, IReadOnlyList<string>> facets)
    {
        var pairs = new List<(string, string)>();
        foreach (var (name, values) in facets)
        {
            var facet = Clean(name);
            if (facet.Length == 0 || values is null) continue;
            foreach (var value in values.Select(Clean).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
                pairs.Add((facet, value));
        }
        return [.. pairs];
    }

    private static string Clean(string? text) => (text ?? "").Trim();
}
