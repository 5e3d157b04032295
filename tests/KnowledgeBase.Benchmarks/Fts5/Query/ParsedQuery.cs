namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>How a piece of the query text is to be matched.</summary>
internal enum ClauseKind
{
    /// <summary>An ordinary word (may analyze to several terms, or none for a stop word).</summary>
    Word,

    /// <summary>A "quoted phrase": its terms consecutive.</summary>
    Phrase,

    /// <summary>A word ending with '*': any word starting with it.</summary>
    Prefix,
}

/// <summary>One piece of the query text, with where it stands in the original string.</summary>
internal sealed record QueryClause(ClauseKind Kind, string Text, int Start, bool Excluded);

/// <summary>The user's query split into clauses, before analysis.</summary>
internal sealed record ParsedQuery(string Text, IReadOnlyList<QueryClause> Clauses)
{
    public bool IsBlank => Clauses.Count == 0;
}
