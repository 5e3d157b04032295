namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// A document analyzed and compressed, ready to be written: the CPU-heavy part of indexing,
/// done in parallel before the single writer inserts it.
/// </summary>
internal sealed record PreparedDocument(
    long Id,
    long PublishedTicks,
    (string Facet, string Value)[] Facets,
    AnalyzedText Analysis,
    byte[] Blob,
    (string Term, int Field)[] Head);

/// <summary>FTS5 column texts (encoded terms) and distinct surface words of one document.</summary>
internal sealed record AnalyzedText(
    string Title,
    string Summary,
    string Tags,
    string Body,
    IReadOnlyList<VocabularyWord> Words)
{
    /// <summary>Distinct encoded terms of all columns, exactly as FTS5 indexed them.</summary>
    public HashSet<string> DistinctTerms()
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in new[] { Title, Summary, Tags, Body })
            foreach (var term in column.Split(' ', StringSplitOptions.RemoveEmptyEntries)) terms.Add(term);
        return terms;
    }
}

/// <summary>A surface word and the stem the analyzer indexed it under.</summary>
internal readonly record struct VocabularyWord(string Word, string Stem);
