namespace KnowledgeBase.Core.Indexing;

/// <summary>What <see cref="SearchIndexSync.CatchUp"/> did: the documents of a rebuild (null when none was needed) and the tasks applied.</summary>
public sealed record CatchUpResult(int? Rebuilt, int TasksApplied)
{
    /// <summary>Whether what visitors can find may have changed.</summary>
    public bool Changed => Rebuilt is not null || TasksApplied > 0;
}
