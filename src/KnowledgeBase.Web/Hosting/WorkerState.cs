namespace KnowledgeBase.Web.Hosting;

public sealed class WorkerState(string name, string label, TimeSpan interval)
{
    public string Name { get; } = name;
    public string Label { get; } = label;
    public TimeSpan Interval { get; } = interval;
    public DateTime? LastSuccess { get; set; }
    public DateTime? LastFailure { get; set; }
    public string? LastError { get; set; }
    public string Note { get; set; } = "";
    public long Successes { get; set; }
    public long Failures { get; set; }

    /// <summary>Failing now: its last attempt failed.</summary>
    public bool IsFailing => LastFailure is { } failure && (LastSuccess is not { } success || failure > success);

    public WorkerState Copy() => (WorkerState)MemberwiseClone();
}
