namespace KnowledgeBase.Core.Dossiers;

/// <summary>Limits shared by the dossier form, the content/ import and the database.</summary>
public static class DossierRules
{
    /// <summary>A dossier brings write-ups together: fewer than this many cannot be published.</summary>
    public const int MinimumItems = 3;

    public const int MaximumItems = 50;
    public const int NoteMaxLength = 2000;
    public const int SectionMaxLength = 40_000;
    public const int TeaserMaxLength = 300;
}
