namespace KnowledgeBase.Core.Indexing;

/// <summary>What an <see cref="IndexTask"/> says may have changed.</summary>
public enum IndexTaskKind
{
    /// <summary>A write-up's public state (what it shows, or what its public page shows, such as its feedback).</summary>
    Initiative = 0,

    /// <summary>A dossier's public state.</summary>
    Dossier = 1,

    /// <summary>
    /// The vocabulary or the synonym groups: every node reloads its catalogue of terms and its
    /// index's synonyms (the documents themselves come with their own tasks).
    /// </summary>
    Vocabulary = 2,

    /// <summary>Only what public pages show besides documents (the home page's featured items): pages are evicted.</summary>
    Pages = 3,
}

/// <summary>
/// Outbox row: "this write-up's (or dossier's, or the vocabulary's) public state may have
/// changed". Written in the same SaveChanges as the change; each node's indexer applies tasks
/// after its checkpoint, in id order, reloads the current state (so the kind of change need
/// not be stored), and evicts its cached public pages. Docs: decisions 002 and 013.
/// </summary>
public class IndexTask
{
    public long Id { get; set; }
    public IndexTaskKind Kind { get; set; } = IndexTaskKind.Initiative;

    /// <summary>The write-up, for <see cref="IndexTaskKind.Initiative"/>.</summary>
    public long? InitiativeId { get; set; }

    /// <summary>The dossier, for <see cref="IndexTaskKind.Dossier"/>.</summary>
    public long? DossierId { get; set; }

    public DateTime CreatedAt { get; set; }

    public static IndexTask ForInitiative(long id, DateTime now) => new() { Kind = IndexTaskKind.Initiative, InitiativeId = id, CreatedAt = now };

    public static IndexTask ForDossier(long id, DateTime now) => new() { Kind = IndexTaskKind.Dossier, DossierId = id, CreatedAt = now };

    public static IndexTask ForVocabulary(DateTime now) => new() { Kind = IndexTaskKind.Vocabulary, CreatedAt = now };

    public static IndexTask ForPages(DateTime now) => new() { Kind = IndexTaskKind.Pages, CreatedAt = now };
}
