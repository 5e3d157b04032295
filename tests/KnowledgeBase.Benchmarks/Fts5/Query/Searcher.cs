using KnowledgeBase.Benchmarks.Fts5.Analysis;
using KnowledgeBase.Benchmarks.Fts5.Highlighting;
using KnowledgeBase.Benchmarks.Fts5.Index;
using KnowledgeBase.Benchmarks.Fts5.Suggestions;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// Runs a search. When the query's terms are rare, FTS5 returns the matching rows with their
/// bm25 scores; otherwise the matches are gathered as a set of slots (from the frequent terms'
/// sets in memory for plain words, see <see cref="DocSetMatcher"/>, from FTS5 for phrases) and
/// ranked in memory by <see cref="HeadScorer"/>. The catalog in memory filters them, counts
/// facets and keeps the page (<see cref="ResultCollector"/>); only the page's hits are read back
/// and highlighted. Callers hold the index's read lock.
/// </summary>
internal sealed class Searcher(ITextAnalyzer analyzer, SynonymTable synonyms)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    /// <summary>
    /// Queries whose terms occur in at most this many documents in all are ranked exactly by
    /// FTS5's bm25; others in memory by <see cref="HeadScorer"/>. bm25 costs ~1.7 µs a matching
    /// row plus, for its idf, a scan of every phrase's whole posting list: tens of milliseconds
    /// for common words at 100,000 write-ups.
    /// </summary>
    public const int ExactRankingLimit = 3000;

    internal static readonly string RankedSql = $"SELECT rowid, -{IndexSchema.Bm25} FROM fts WHERE fts MATCH $q";

    private readonly MatchPlanner planner = new(analyzer, synonyms);
    private readonly SpellingSuggester speller = new(analyzer);

    public SearchResults Search(SearchRequest request, DocumentCatalog catalog, Vocabulary vocabulary, ReaderPool pool)
    {
        var query = QueryParser.Parse(request.Query);
        var plan = planner.Plan(query, vocabulary);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var facets = (request.Facets ?? FacetNames.All).Where(f => f is not null).ToArray();
        var byScore = request.Sort == SearchSort.Relevance && plan.Kind == MatchKind.Match;
        var collector = new ResultCollector(catalog, FacetFilter.Compile(catalog, request.Filters), facets, byScore, page * pageSize);

        using var session = pool.Rent();
        if (plan.Kind == MatchKind.Browse)
        {
            collector.AddAll(catalog.Facets.Live, null);
        }
        else if (plan.Kind == MatchKind.Match)
        {
            Rank(session, plan, byScore, catalog, vocabulary, collector);
        }

        var pageHits = collector.Ranked().Skip((page - 1) * pageSize).ToList();
        var texts = StoredHits.Load(session, pageHits.Select(h => h.Slot).ToList());
        var matcher = Matcher(plan, vocabulary);
        var hits = pageHits
            .Where(h => texts.ContainsKey(h.Slot))
            .Select(h => StoredHits.ToHit(catalog, h.Slot, texts[h.Slot], ExcerptBuilder.Build(texts[h.Slot].Body, texts[h.Slot].Summary, matcher), h.Score))
            .ToList();
        var suggestion = plan.Kind == MatchKind.Browse ? null : speller.Suggest(query, vocabulary);
        return new SearchResults(collector.Total, hits, collector.Facets(facets, request.Filters), suggestion);
    }

    /// <summary>
    /// Recognises the words of a text that the query matched: the surface forms of the query's
    /// terms, gathered once from the vocabulary, so each word of a text costs one look-up.
    /// </summary>
    private static WordMatcher Matcher(MatchPlan plan, Vocabulary vocabulary)
    {
        if (plan.Kind != MatchKind.Match) return _ => null;
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in plan.HighlightTerms)
            foreach (var word in vocabulary.WordsOf(term)) terms.TryAdd(word, term);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = plan.HighlightPrefixes;
        return word =>
        {
            if (lookup.TryGetValue(word, out var term)) return term;
            foreach (var prefix in prefixes)
                if (word.StartsWith(prefix, StringComparison.Ordinal)) return prefix;
            return null;
        };
    }

    private static void Rank(ReaderSession session, MatchPlan plan, bool byScore, DocumentCatalog catalog, Vocabulary vocabulary, ResultCollector collector)
    {
        if (byScore && HeadScorer.RankingCost(plan, vocabulary) <= ExactRankingLimit)
        {
            Collect(session, plan.Expression, collector);
            return;
        }
        // Otherwise the matches are gathered as a set: in memory for plain words, from FTS5 for phrases.
        var matched = plan.SingleTerms
            ? DocSetMatcher.Match(plan, catalog, vocabulary, session)
            : session.MatchingSlots(plan.Expression, BitSets.WordsFor(catalog.SlotLimit));
        using var scorer = byScore ? HeadScorer.Create(plan, vocabulary, catalog, session) : null;
        collector.AddAll(matched, scorer);
    }

    /// <summary>Feeds every document matching <paramref name="expression"/> to the collector with its bm25 score.</summary>
    private static void Collect(ReaderSession session, string expression, ResultCollector collector) =>
        session.Match(RankedSql).ForEach(expression, ref collector, static (ref ResultCollector c, long slot, double score) => c.Add((int)slot, score));
}
