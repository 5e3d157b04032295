namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>What a search has to do once the query is analyzed.</summary>
internal enum MatchKind
{
    /// <summary>No query: every document passing the filters, newest first.</summary>
    Browse,

    /// <summary>The query had only stop words or exclusions: nothing matches.</summary>
    Nothing,

    /// <summary>Run <see cref="MatchPlan.Expression"/> against the FTS5 table.</summary>
    Match,
}

/// <summary>An analyzed query: the FTS5 expression, its required clauses and the terms to highlight.</summary>
/// <param name="Kind">What the search has to do.</param>
/// <param name="Expression">FTS5 MATCH expression, for <see cref="MatchKind.Match"/>.</param>
/// <param name="Required">
/// Each required clause as its alternatives, each a sequence of index terms (prefix
/// fallbacks left out): used to estimate the match count and to rank large match sets.
/// </param>
/// <param name="Excluded">Index terms of the excluded clauses, for <see cref="SingleTerms"/> plans.</param>
/// <param name="SingleTerms">
/// Every alternative, required or excluded, is one index term (no phrase, no unknown prefix):
/// the plan can then be matched on documents sets in memory (see <c>DocSetMatcher</c>).
/// </param>
/// <param name="HighlightTerms">Index terms to mark in excerpts.</param>
/// <param name="HighlightPrefixes">Typed prefixes no known word starts with (tried on the stems); words starting with them are marked too.</param>
internal sealed record MatchPlan(
    MatchKind Kind,
    string Expression,
    IReadOnlyList<IReadOnlyList<string[]>> Required,
    IReadOnlyList<string> Excluded,
    bool SingleTerms,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlyList<string> HighlightPrefixes)
{
    public static MatchPlan Browse { get; } = new(MatchKind.Browse, "", [], [], false, new HashSet<string>(), []);

    public static MatchPlan Nothing { get; } = new(MatchKind.Nothing, "", [], [], false, new HashSet<string>(), []);
}
