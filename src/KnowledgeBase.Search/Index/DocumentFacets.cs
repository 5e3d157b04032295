using System.Text;

namespace KnowledgeBase.Search.Index;

/// <summary>A document's facet values as (facet, value) pairs, with their stored form.</summary>
internal static class DocumentFacets
{
    private const char PairSeparator = '\u001E';
    private const char NameSeparator = '\u001F';

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

    public static string Encode(IEnumerable<(string Facet, string Value)> pairs)
    {
        var sb = new StringBuilder();
        foreach (var (facet, value) in pairs)
        {
            if (sb.Length > 0) sb.Append(PairSeparator);
            sb.Append(facet).Append(NameSeparator).Append(value);
        }
        return sb.ToString();
    }

    public static (string Facet, string Value)[] Decode(string stored)
    {
        if (stored.Length == 0) return [];
        return stored.Split(PairSeparator)
            .Select(pair => pair.Split(NameSeparator, 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]))
            .ToArray();
    }

    // Separators and surrounding spaces never belong to a value.
    private static string Clean(string? text) =>
        (text ?? "").Replace(PairSeparator, ' ').Replace(NameSeparator, ' ').Trim();
}
