namespace KnowledgeBase.Core.Content;

/// <summary>What an import did, file by file.</summary>
public sealed class ImportReport
{
    public List<string> Created { get; } = [];
    public List<string> Updated { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<ImportError> Errors { get; } = [];

    public override string ToString() =>
        string.Join(", ",
            Plural.Of("aucun fichier créé|1 fichier créé|{0} fichiers créés", Created.Count),
            Plural.Of("aucun mis à jour|1 mis à jour|{0} mis à jour", Updated.Count),
            Plural.Of("aucun inchangé|1 inchangé|{0} inchangés", Unchanged.Count),
            Plural.Of("aucun en erreur|1 en erreur|{0} en erreur", Errors.Count));
}

/// <summary>A file that was not imported, and why (in French).</summary>
public sealed record ImportError(string File, string Reason);
