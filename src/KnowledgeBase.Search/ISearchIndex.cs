namespace KnowledgeBase.Search;

/// <summary>
/// The full-text index of published write-ups and dossiers (in the spirit of Examine's IIndex):
/// derived data that the host keeps in sync from its database through a checkpoint, and can
/// always rebuild. Searches may run concurrently with one writer. Documents are keyed by kind
/// and id (<see cref="DocumentKey"/>); a search asks for one kind.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Health, size and checkpoint; <see cref="IndexStatus.NeedsRebuild"/> after a bad start.</summary>
    IndexStatus Status { get; }

    /// <summary>Last outbox position applied, persisted with each commit of the index (0 when new).</summary>
    long Checkpoint { get; }

    void SetCheckpoint(long checkpoint);

    /// <summary>Adds or replaces documents by kind and id.</summary>
    void Upsert(IReadOnlyCollection<IndexDocument> documents);

    /// <summary>Removes documents by kind and id (a bare id is a write-up's); unknown keys are ignored.</summary>
    void Delete(IReadOnlyCollection<DocumentKey> keys);

    /// <summary>
    /// Applies a batch and moves the checkpoint in one commit: after a crash either all of it is
    /// in the index or none of it is.
    /// </summary>
    void Apply(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<DocumentKey> deletes, long checkpoint);

    /// <summary>Empties the index and stamps it with the current version; also recovers damaged files.</summary>
    void DeleteAll();

    /// <summary>
    /// Replaces the whole index with <paramref name="documents"/> (streamed), tuned for bulk
    /// loading, then sets the checkpoint. Afterwards the index is healthy.
    /// </summary>
    void Rebuild(IEnumerable<IndexDocument> documents, long checkpoint);

    /// <summary>Runs a search; any query text is accepted and never throws.</summary>
    SearchResults Search(SearchRequest request);

    /// <summary>Write-ups close to the one with <paramref name="id"/>, itself excluded (never dossiers).</summary>
    IReadOnlyList<SearchHit> Similar(long id, int count);

    /// <summary>
    /// Replaces the synonym groups applied to queries from now on (synonyms are query-side: no
    /// document changes, nothing to rebuild). Searches already running finish with the old groups.
    /// </summary>
    void UseSynonyms(IEnumerable<IReadOnlyList<string>> groups);
}
