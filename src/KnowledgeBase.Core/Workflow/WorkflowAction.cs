namespace KnowledgeBase.Core.Workflow;

/// <summary>What a person can do to a write-up's state.</summary>
public enum WorkflowAction
{
    /// <summary>The author sends the write-up to the editors.</summary>
    Submit,
    /// <summary>An editor sends a submission to peer review.</summary>
    SendToReview,
    /// <summary>An editor asks the author for changes.</summary>
    RequestChanges,
    /// <summary>An editor refuses the write-up (or the revision).</summary>
    Reject,
    /// <summary>An editor publishes: after review, or directly (then not peer evaluated).</summary>
    Publish,
    /// <summary>An editor takes a published write-up offline; nothing is deleted.</summary>
    Archive,
    /// <summary>An editor puts an archived write-up back online.</summary>
    Restore,
    /// <summary>
    /// The author starts a new working revision of a published (or rejected) write-up; the
    /// published revision stays online until the new one is published.
    /// </summary>
    Revise,
}

/// <summary>Who may take an action: the write-up's author or an editor.</summary>
public enum WorkflowActor
{
    Author,
    Editor,
}
