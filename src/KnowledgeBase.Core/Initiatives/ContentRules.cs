namespace KnowledgeBase.Core.Initiatives;

/// <summary>Limits shared by the import, the forms and the database schema.</summary>
public static class ContentRules
{
    public const int SummaryMaxLength = 600;
    public const int TitleMaxLength = 200;
    public const int SlugMaxLength = 120;
    /// <summary>One Markdown section: a long report fits; a pasted book does not.</summary>
    public const int SectionMaxLength = 50_000;
}
