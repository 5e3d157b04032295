namespace KnowledgeBase.Core.Initiatives;

/// <summary>Limits shared by the import, the forms and the database schema.</summary>
public static class ContentRules
{
    public const int SummaryMaxLength = 600;
    public const int TitleMaxLength = 200;
    public const int SlugMaxLength = 120;
}
