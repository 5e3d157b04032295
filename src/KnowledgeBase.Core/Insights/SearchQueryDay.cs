namespace KnowledgeBase.Core.Insights;

/// <summary>
/// How many times one normalised query was searched on one day, and how many write-ups its
/// last search found. Nothing else: never who searched, no address, no session, no browser.
/// Kept <see cref="QueryLogOptions.RetentionMonths"/> months.
/// </summary>
public class SearchQueryDay
{
    public const int QueryMaxLength = 100;

    public long Id { get; set; }
    public DateOnly Day { get; set; }

    /// <summary>Lower case, spaces collapsed, at most <see cref="QueryMaxLength"/> characters (<see cref="QueryText.Normalise"/>).</summary>
    public required string Query { get; set; }

    public int Searches { get; set; }

    /// <summary>Write-ups found by the last search of the day.</summary>
    public int Results { get; set; }
}

/// <summary>A query an editor noted as a write-up the base lacks, until someone deals with it.</summary>
public class ContentGap
{
    public long Id { get; set; }
    public required string Query { get; set; }
    public DateTime NotedAt { get; set; }
    public string? NotedById { get; set; }
    public DateTime? ResolvedAt { get; set; }
}
