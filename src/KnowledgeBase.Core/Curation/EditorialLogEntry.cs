namespace KnowledgeBase.Core.Curation;

/// <summary>
/// One change to what editors curate (the vocabulary, synonyms, dossiers, featured items):
/// who, when, what, in French. Never edited, never deleted.
/// </summary>
public class EditorialLogEntry
{
    public const int TextMaxLength = 2000;

    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The editor or admin; null after their account is deleted, or for an import.</summary>
    public string? ActorId { get; set; }

    /// <summary>What was curated (<see cref="EditorialAreas"/>).</summary>
    public required string Area { get; set; }

    /// <summary>What changed, in French: « Thématique « Logement » renommée « Habitat ». ».</summary>
    public required string Text { get; set; }
}

/// <summary>The areas of the editorial log.</summary>
public static class EditorialAreas
{
    public const string Vocabulary = "vocabulaire";
    public const string Synonyms = "synonymes";
    public const string Dossiers = "dossiers";
    public const string Featured = "a-la-une";
    public const string Searches = "recherches";
}
