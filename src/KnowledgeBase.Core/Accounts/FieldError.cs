namespace KnowledgeBase.Core.Accounts;

/// <summary>A field (or "" for the whole form) and a message to show next to it.</summary>
public sealed record FieldError(string Field, string Message);
