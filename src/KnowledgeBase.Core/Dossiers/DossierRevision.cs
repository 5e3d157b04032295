namespace KnowledgeBase.Core.Dossiers;

/// <summary>One immutable saved state of a dossier's content (decision 001, as for write-ups).</summary>
public class DossierRevision
{
    public long Id { get; set; }
    public long DossierId { get; set; }

    /// <summary>1, 2, 3… within the dossier.</summary>
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Editor who saved it; null for imports and deleted accounts.</summary>
    public string? SavedById { get; set; }

    /// <summary>Hash of the content, so an unchanged re-import adds no revision.</summary>
    public required string ContentHash { get; set; }

    public required DossierContent Content { get; set; }
}

/// <summary>
/// What a dossier says: a title, an introduction and recommendations in Markdown, and the
/// write-ups it brings together, in order, each with the editor's note on why it belongs.
/// </summary>
public class DossierContent
{
    public string Title { get; set; } = "";
    public string Introduction { get; set; } = "";
    public string Recommendations { get; set; } = "";
    public List<DossierItem> Items { get; set; } = [];
}

/// <summary>A write-up of a dossier, by id (slugs are stable, ids are what forms post), and the editor's note.</summary>
public class DossierItem
{
    public long InitiativeId { get; set; }
    public string Note { get; set; } = "";
}
