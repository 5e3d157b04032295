namespace KnowledgeBase.Search.Index;

/// <summary>
/// Numbers for the values of each facet, shared by all segments of one index so that counts
/// from several segments add up. Append-only and thread-safe; a value no longer used keeps its
/// number and simply counts zero.
/// </summary>
internal sealed class FacetVocabulary
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Dictionary<string, int>> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);

    public int IdOf(string facet, string value)
    {
        lock (gate)
        {
            if (!ids.TryGetValue(facet, out var byValue))
            {
                ids[facet] = byValue = new Dictionary<string, int>(StringComparer.Ordinal);
                values[facet] = [];
            }
            if (!byValue.TryGetValue(value, out var id))
            {
                byValue[value] = id = values[facet].Count;
                values[facet].Add(value);
            }
            return id;
        }
    }

    /// <summary>The number of a value already seen, or -1.</summary>
    public int Find(string facet, string value)
    {
        lock (gate) return ids.TryGetValue(facet, out var byValue) && byValue.TryGetValue(value, out var id) ? id : -1;
    }

    public string ValueOf(string facet, int id)
    {
        lock (gate) return values[facet][id];
    }
}
