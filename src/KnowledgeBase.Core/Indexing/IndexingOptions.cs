namespace KnowledgeBase.Core.Indexing;

/// <summary>The "Search" configuration section.</summary>
public sealed class IndexingOptions
{
    /// <summary>How often the worker looks for new index tasks.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Index tasks applied per transaction of the index.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// How long a gap in task ids may be an uncommitted transaction (PostgreSQL hands out ids
    /// before commit). Until then the worker stops before the gap; after it, the gap is taken
    /// for a rolled-back insert.
    /// </summary>
    public TimeSpan GapGrace { get; set; } = TimeSpan.FromSeconds(5);
}
