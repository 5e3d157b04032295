namespace KnowledgeBase.Core.Insights;

/// <summary>The "SearchLog" configuration section: what visitors search, aggregated per day.</summary>
public sealed class QueryLogOptions
{
    /// <summary>Off: nothing is recorded.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Months the daily aggregates are kept, then purged. 25 by default: the CNIL's ceiling for
    /// audience-measurement data exempt from consent.
    /// </summary>
    public int RetentionMonths { get; set; } = 25;

    /// <summary>How often each node writes what it counted in memory to the database.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the purge of old aggregates runs (on one node).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Distinct queries a node keeps in memory between two writes; beyond, new ones are not counted.</summary>
    public int MaxBuffered { get; set; } = 20_000;
}
