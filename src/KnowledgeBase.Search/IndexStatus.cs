namespace KnowledgeBase.Search;

/// <summary>State of the index found at start.</summary>
public enum IndexHealth
{
    /// <summary>The index opened and was built with the current analyzer.</summary>
    Healthy,

    /// <summary>There was no index; an empty one was created.</summary>
    Missing,

    /// <summary>The index was built with another analyzer or schema version.</summary>
    VersionMismatch,

    /// <summary>The files are not a readable index (damaged, or locked by another process).</summary>
    Corrupt,
}

/// <summary>What the host needs to decide on a rebuild and to show on the status page.</summary>
/// <param name="Health">What was found at opening (or after a rebuild).</param>
/// <param name="IndexedVersion">Analyzer and schema stamp found in the last commit, if readable.</param>
/// <param name="ExpectedVersion">Stamp of the running analyzer and schema.</param>
/// <param name="DocumentCount">Documents currently searchable.</param>
/// <param name="Checkpoint">Last outbox position applied.</param>
/// <param name="SizeBytes">Size of the index files on disk.</param>
/// <param name="Problem">Why the index is not healthy, in plain words.</param>
public sealed record IndexStatus(
    IndexHealth Health,
    string? IndexedVersion,
    string ExpectedVersion,
    int DocumentCount,
    long Checkpoint,
    long SizeBytes,
    string? Problem)
{
    /// <summary>True when the host must rebuild the index from its database.</summary>
    public bool NeedsRebuild => Health != IndexHealth.Healthy;
}
