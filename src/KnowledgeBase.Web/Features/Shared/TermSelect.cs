namespace KnowledgeBase.Web.Features.Shared;

/// <summary>A labelled select of one taxonomy's values.</summary>
public sealed record TermSelect(string Name, string Label, string Kind, string? Selected, bool Required);
