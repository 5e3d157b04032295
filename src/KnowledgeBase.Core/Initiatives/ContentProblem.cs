namespace KnowledgeBase.Core.Initiatives;

/// <summary>What is wrong with one field of a write-up, in French, for the person who wrote it.</summary>
/// <param name="Field">The field's key (e.g. "summary", "territory.region", "sections.context").</param>
/// <param name="Message">A French sentence saying what is missing or wrong.</param>
public sealed record ContentProblem(string Field, string Message);
