using System.Globalization;

namespace KnowledgeBase.Search;

/// <summary>
/// What an indexed document is. Write-ups and dossiers share one index (one writer, one
/// checkpoint, one analysis) but are never mixed in results: a search asks for one kind.
/// </summary>
public enum DocumentKind
{
    /// <summary>A published write-up ("fiche d'expérience"); the default everywhere.</summary>
    WriteUp = 0,

    /// <summary>A published dossier: an editorial collection of write-ups.</summary>
    Dossier = 1,
}

/// <summary>
/// A document's identity in the index: its kind and its database id (a write-up and a dossier
/// may have the same id). A bare id converts to a write-up's key, so callers that only ever
/// dealt with write-ups stay as they were.
/// </summary>
public readonly record struct DocumentKey(DocumentKind Kind, long Id)
{
    public static DocumentKey WriteUp(long id) => new(DocumentKind.WriteUp, id);

    public static DocumentKey Dossier(long id) => new(DocumentKind.Dossier, id);

    /// <summary>A write-up's id.</summary>
    public static implicit operator DocumentKey(long id) => WriteUp(id);

    /// <summary>The indexed term: "w12", "d3".</summary>
    internal string Term => (Kind == DocumentKind.Dossier ? "d" : "w") + Id.ToString(CultureInfo.InvariantCulture);
}
