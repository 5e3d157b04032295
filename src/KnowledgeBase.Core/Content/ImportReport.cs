namespace KnowledgeBase.Core.Content;

/// <summary>What an import did, file by file.</summary>
public sealed class ImportReport
{
    public List<string> Created { get; } = [];
    public List<string> Updated { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<ImportError> Errors { get; } = [];

    public override string ToString() =>
        $"{Created.Count} créée(s), {Updated.Count} mise(s) à jour, {Unchanged.Count} inchangée(s), {Errors.Count} en erreur";
}

/// <summary>A file that was not imported, and why (in French).</summary>
public sealed record ImportError(string File, string Reason);
