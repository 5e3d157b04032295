namespace KnowledgeBase.Search.Query;

/// <summary>
/// A visitor's query made ready to run: the Lucene query (null when nothing positive is left,
/// e.g. only stop words or only exclusions: then nothing matches), and what to mark in excerpts.
/// </summary>
internal sealed record CompiledQuery(Lucene.Net.Search.Query? Lucene, IReadOnlyCollection<string> HighlightTerms, IReadOnlyCollection<string> HighlightPrefixes)
{
    public static CompiledQuery Nothing { get; } = new(null, [], []);
}
