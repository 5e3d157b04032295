using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Highlighting;
using KnowledgeBase.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// "Write-ups like this one": Lucene's <see cref="MoreLikeThis"/> picks the write-up's most
/// distinctive terms (frequent in it, weighted like the index: title four times, summary three,
/// keywords and places twice; present in at least one other write-up, and in at most 30% of
/// them, or three on a small base) and searches them; hits sharing themes, publics or a
/// territory with it rank a little higher. Dossiers are never proposed.
/// </summary>
internal sealed class SimilarWriteUps(Func<AtomicReader, SegmentData> segmentData)
{
    private const int MaxTerms = 25;
    private const double MaxDocShare = 0.3;
    private const int MinMaxDocs = 3;

    // Relative bonus per shared facet value (theme, public, territory…).
    private const double SharedFacetBonus = 0.1;

    // Candidates re-ranked with the bonus, per similar write-up asked for.
    private const int CandidatesPerResult = 4;

    private readonly IndexAnalyzer analyzer = new();

    public IReadOnlyList<SearchHit> Find(IndexSearcher searcher, long id, int count)
    {
        if (count <= 0) return [];
        var idTerm = new Term(IndexSchema.Key, DocumentKey.WriteUp(id).Term);
        var self = searcher.Search(new TermQuery(idTerm), 1).ScoreDocs;
        if (self.Length == 0) return [];
        var reader = searcher.IndexReader;
        var (leaf, doc) = Locate(reader, self[0].Doc);
        var text = Searcher.Stored(leaf.AtomicReader, doc);

        var like = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [IndexSchema.Text],
            MinTermFreq = 2,
            MinDocFreq = 2,
            MaxDocFreq = Math.Max(MinMaxDocs, (int)(reader.NumDocs * MaxDocShare)),
            MaxQueryTerms = MaxTerms,
            ApplyBoost = true,
        };
        var terms = like.Like(new StringReader(Weighted(text)), IndexSchema.Text);
        if (terms is BooleanQuery { Clauses.Count: 0 }) return [];
        var query = new BooleanQuery
        {
            { terms, Occur.MUST },
            { new TermQuery(idTerm), Occur.MUST_NOT },
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.KindTerm(DocumentKind.Dossier))), Occur.MUST_NOT },
        };

        var own = FacetValues(segmentData(leaf.AtomicReader), doc);
        var candidates = searcher.Search(query, count * CandidatesPerResult).ScoreDocs
            .Select(hit =>
            {
                var (l, d) = Locate(reader, hit.Doc);
                var data = segmentData(l.AtomicReader);
                var shared = FacetValues(data, d).Count(own.Contains);
                return (Leaf: l, Doc: d, Data: data, Score: hit.Score * (1 + shared * SharedFacetBonus));
            })
            .OrderByDescending(c => c.Score)
            .Take(count);
        return [.. candidates.Select(c =>
        {
            var stored = Searcher.Stored(c.Leaf.AtomicReader, c.Doc);
            var opening = ExcerptBuilder.Opening(stored.Summary.Length > 0 ? stored.Summary : stored.Body);
            return new SearchHit(c.Data.Ids[c.Doc], stored.Slug, stored.Title, stored.Summary, opening, c.Score, Searcher.Date(c.Data.Published[c.Doc]));
        })];
    }

    private static string Weighted(StoredText text) =>
        string.Join("\n", Enumerable.Repeat(text.Title, IndexSchema.TitleWeight)
            .Concat(Enumerable.Repeat(text.Summary, IndexSchema.SummaryWeight))
            .Concat(Enumerable.Repeat(text.Tags, IndexSchema.TagWeight))
            .Append(text.Body));

    private static HashSet<(string Facet, int Value)> FacetValues(SegmentData data, int doc) =>
        [.. data.Facets.SelectMany(f => f.Value.ValuesOf(doc).ToArray().Select(v => (f.Key, v)))];

    private static (AtomicReaderContext Leaf, int Doc) Locate(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (leaf, doc - leaf.DocBase);
    }
}
