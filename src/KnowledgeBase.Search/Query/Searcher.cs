using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Highlighting;
using KnowledgeBase.Search.Index;
using KnowledgeBase.Search.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// Runs a search on one searcher of the index: the query is built (<see cref="QueryBuilder"/>)
/// and run by Lucene with BM25; one collector records the matches per segment, counts and
/// ranks those the filters accept (<see cref="MatchCollector"/>); facets are counted on the
/// recorded matches (<see cref="FacetCounter"/>); only the page's hits are read back and
/// given an excerpt. Only documents of the kind asked for are matched.
/// </summary>
internal sealed class Searcher(SynonymGroups synonyms, FacetVocabulary vocabulary, Func<AtomicReader, SegmentData> segmentData)
{
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    // Replaced whole when the synonym groups change: a search holds the one it started with.
    private volatile QueryBuilder builder = new(synonyms);
    private readonly SpellingSuggester speller = new();

    /// <summary>Queries from now on use <paramref name="groups"/>.</summary>
    public void UseSynonyms(SynonymGroups groups) => builder = new QueryBuilder(groups);

    public SearchResults Search(IndexSearcher searcher, SearchRequest request)
    {
        var parsed = QueryParser.Parse(request.Query is null ? null : Composition.Composed(request.Query));
        // A preview's candidate groups are analysed for its request alone (a few dozen expressions).
        var queries = request.SynonymGroups is { } candidates ? new QueryBuilder(new SynonymGroups(candidates)) : builder;
        var compiled = parsed.IsBlank ? CompiledQuery.Nothing : queries.Build(parsed);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var facets = (request.Facets ?? FacetNames.All).Where(f => f is not null).Distinct().ToArray();
        var filters = Filters(request);
        var byScore = request.Sort == SearchSort.Relevance && compiled.Lucene is not null;

        var collector = new MatchCollector(page * pageSize, byScore,
            context => new LeafMatch(context, segmentData(context.AtomicReader), filters, vocabulary, request.Kind));
        var reader = searcher.IndexReader;
        if (parsed.IsBlank)
        {
            foreach (var leaf in reader.Leaves) collector.CollectAll(leaf);
        }
        else if (compiled.Lucene is not null)
        {
            searcher.Search(compiled.Lucene, collector);
        }

        var matcher = HighlightWords.For(reader, compiled);
        var hits = collector.Ranked().Skip((page - 1) * pageSize).Select(hit => ToHit(hit, matcher, byScore, request.Kind)).ToList();
        var counts = FacetCounter.Count(collector.Leaves, facets, filters, vocabulary);
        foreach (var facet in facets) counts.TryAdd(facet, Zero(filters.GetValueOrDefault(facet)));
        var suggestion = parsed.IsBlank ? null : speller.Suggest(parsed, reader);
        return new SearchResults(collector.Total, hits, counts, suggestion);
    }

    /// <summary>Facets with at least one value asked for; values of one facet are alternatives.</summary>
    private static Dictionary<string, IReadOnlyCollection<string>> Filters(SearchRequest request) =>
        (request.Filters ?? new Dictionary<string, IReadOnlyCollection<string>>())
            .Where(f => f.Key is not null && f.Value is { Count: > 0 })
            .ToDictionary(f => f.Key, f => (IReadOnlyCollection<string>)[.. f.Value.Where(v => v is not null).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);

    private static List<FacetCount> Zero(IReadOnlyCollection<string>? selected) => [.. (selected ?? []).Select(v => new FacetCount(v, 0))];

    internal static StoredText Stored(AtomicReader reader, int doc)
    {
        var values = reader.GetBinaryDocValues(IndexSchema.Stored)
            ?? throw new InvalidDataException("The search index has no stored texts.");
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return StoredText.Decompress(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    internal static DateTimeOffset Date(long ticks) =>
        ticks is >= 0 && ticks <= 3155378975999999999 ? new DateTimeOffset(ticks, TimeSpan.Zero) : DateTimeOffset.MinValue;

    private static SearchHit ToHit(RankedHit hit, WordMatcher matcher, bool byScore, DocumentKind kind)
    {
        var stored = Stored(hit.Leaf.Context.AtomicReader, hit.Doc);
        var excerpt = ExcerptBuilder.Build(stored.Body, stored.Summary, stored.Tags, matcher);
        return new SearchHit(hit.Id, stored.Slug, stored.Title, stored.Summary, excerpt, byScore ? hit.Score : 0, Date(hit.Published), kind);
    }
}
