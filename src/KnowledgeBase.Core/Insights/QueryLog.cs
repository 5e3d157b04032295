namespace KnowledgeBase.Core.Insights;

/// <summary>
/// Counts searches in memory, per day and normalised query (one per node, a singleton): a
/// search only adds to a counter; <see cref="QueryLogStore"/> writes the counts to the
/// database in the background. Nothing about who searched ever reaches it.
/// </summary>
public sealed class QueryLog(TimeProvider clock, Microsoft.Extensions.Options.IOptions<QueryLogOptions> options)
{
    private readonly Lock gate = new();
    private Dictionary<(DateOnly Day, string Query), Tally> counted = [];

    /// <summary>One search of <paramref name="query"/> that found <paramref name="results"/> write-ups.</summary>
    public void Record(string? query, int results)
    {
        if (!options.Value.Enabled || QueryText.Normalise(query) is not { } text) return;
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        lock (gate)
        {
            if (counted.TryGetValue((day, text), out var tally)) tally.Add(1, results);
            else if (counted.Count < options.Value.MaxBuffered) counted[(day, text)] = new Tally(1, results);
        }
    }

    /// <summary>Takes what was counted since the last call (and forgets it).</summary>
    public IReadOnlyList<QueryCount> Take()
    {
        Dictionary<(DateOnly Day, string Query), Tally> taken;
        lock (gate) (taken, counted) = (counted, []);
        return [.. taken.Select(e => new QueryCount(e.Key.Day, e.Key.Query, e.Value.Searches, e.Value.Results))];
    }

    /// <summary>Puts back counts that could not be written, to try again at the next write.</summary>
    public void Restore(IEnumerable<QueryCount> counts)
    {
        lock (gate)
            foreach (var c in counts)
            {
                if (counted.TryGetValue((c.Day, c.Query), out var tally)) tally.AddEarlier(c.Searches);
                else if (counted.Count < options.Value.MaxBuffered) counted[(c.Day, c.Query)] = new Tally(c.Searches, c.Results);
            }
    }

    private sealed class Tally(int searches, int results)
    {
        public int Searches { get; private set; } = searches;
        public int Results { get; private set; } = results;

        public void Add(int searches, int results) => (Searches, Results) = (Searches + searches, results);

        // Counted before the searches already here: the latest number of results stays.
        public void AddEarlier(int searches) => Searches += searches;
    }
}

/// <summary>Searches of one query on one day, and the number of results of the last one.</summary>
public sealed record QueryCount(DateOnly Day, string Query, int Searches, int Results);
