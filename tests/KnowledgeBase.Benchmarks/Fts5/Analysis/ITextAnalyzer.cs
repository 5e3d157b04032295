namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>Turns text into index terms. The same analyzer must be used to index and to query.</summary>
public interface ITextAnalyzer
{
    /// <summary>
    /// Changes whenever the analysis would produce different terms for the same text; an index
    /// stamped with another version is rebuilt.
    /// </summary>
    string Version { get; }

    /// <summary>Splits and normalises <paramref name="text"/>; stop words are dropped.</summary>
    IReadOnlyList<Token> Analyze(string text);
}
