using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// Builds the Lucene query of the search box syntax: every word required (a word that analyzes
/// to several terms, like "Île-de-France", as a phrase), "phrases", -exclusions and prefix*
/// on written words. Sector expressions found by <see cref="SynonymGroups"/> are replaced by
/// the alternatives of all their groups; a word with two stems (accents) matches either.
/// </summary>
internal sealed class QueryBuilder(SynonymGroups synonyms)
{
    // Equivalent expressions are matched with one word of leeway ("revenu de solidarité active"
    // written "revenu solidarité active").
    private const int AlternativeSlop = 1;

    private readonly QueryAnalyzer analyzer = new(synonyms.Map);
    private readonly QueryAnalyzer plain = new(synonyms: null);
    private readonly PrefixAnalyzer prefixes = new();

    public CompiledQuery Build(ParsedQuery parsed)
    {
        var query = new BooleanQuery();
        var positives = 0;
        var highlightTerms = new HashSet<string>(StringComparer.Ordinal);
        var highlightPrefixes = new HashSet<string>(StringComparer.Ordinal);
        var clauses = parsed.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.Excluded)
            {
                if (Excluded(clause) is { } excluded) query.Add(excluded, Occur.MUST_NOT);
                continue;
            }
            IReadOnlyList<Lucene.Net.Search.Query> required;
            switch (clause.Kind)
            {
                case ClauseKind.Word:
                    var run = clauses.Skip(i).TakeWhile(c => c.Kind == ClauseKind.Word && !c.Excluded).ToList();
                    i += run.Count - 1;
                    required = Words(run, highlightTerms);
                    break;
                case ClauseKind.Phrase:
                    required = Phrase(clause.Text, highlightTerms);
                    break;
                default:
                    required = Prefix(clause.Text, highlightPrefixes);
                    break;
            }
            foreach (var part in required) query.Add(part, Occur.MUST);
            positives += required.Count;
        }
        return positives == 0 ? CompiledQuery.Nothing : new CompiledQuery(query, highlightTerms, highlightPrefixes);
    }

    /// <summary>Consecutive words analyzed together, so that an expression may span them ("pôle emploi").</summary>
    private List<Lucene.Net.Search.Query> Words(IReadOnlyList<QueryClause> run, HashSet<string> highlight)
    {
        var text = string.Join(' ', run.Select(c => c.Text));
        var bounds = new List<int>();
        var at = 0;
        foreach (var clause in run)
        {
            at += clause.Text.Length + 1;
            bounds.Add(at);
        }
        var tokens = AnalyzedToken.Of(analyzer, text);
        var (spans, rest) = Expressions(tokens);
        var queries = spans.Select(span => Alternatives(span, highlight)).ToList();
        foreach (var word in rest.GroupBy(t => bounds.FindIndex(b => t.Start < b)))
        {
            var phrase = Analysis.Phrase.Of(word);
            Highlight(phrase, highlight);
            queries.Add(ToQuery(phrase, slop: 0));
        }
        return queries;
    }

    private List<Lucene.Net.Search.Query> Phrase(string text, HashSet<string> highlight)
    {
        var tokens = AnalyzedToken.Of(analyzer, text);
        var (spans, rest) = Expressions(tokens);
        var words = Analysis.Phrase.Of(tokens);
        Highlight(words, highlight);
        if (words.Positions.Count == 0) return [];
        if (spans.Count == 0) return [ToQuery(words, slop: 0)];
        if (rest.Count == 0 && spans.Count == 1) return [Alternatives(spans[0], highlight)];
        return [SpanPhrase(tokens, spans, highlight)];
    }

    private List<Lucene.Net.Search.Query> Prefix(string text, HashSet<string> highlight)
    {
        var words = AnalyzedToken.Of(prefixes, text);
        if (words.Count == 0) return [];
        highlight.Add(words[^1].Term);
        return [.. words.SkipLast(1).Select(w => (Lucene.Net.Search.Query)new TermQuery(new Term(IndexSchema.Words, w.Term))),
            new PrefixQuery(new Term(IndexSchema.Words, words[^1].Term))];
    }

    private Lucene.Net.Search.Query? Excluded(QueryClause clause)
    {
        if (clause.Kind == ClauseKind.Prefix)
        {
            var words = AnalyzedToken.Of(prefixes, clause.Text);
            return words.Count == 0 ? null : new PrefixQuery(new Term(IndexSchema.Words, words[^1].Term));
        }
        var phrase = Analysis.Phrase.Of(AnalyzedToken.Of(plain, clause.Text));
        return phrase.Positions.Count == 0 ? null : ToQuery(phrase, slop: 0);
    }

    /// <summary>
    /// The sector expressions the synonym filter marked, each with the tokens it covers, and
    /// the tokens no expression covers.
    /// </summary>
    private static (List<ExpressionSpan> Spans, List<AnalyzedToken> Uncovered) Expressions(List<AnalyzedToken> tokens)
    {
        var spans = tokens
            .Where(t => t.Type == SynonymFilter.TYPE_SYNONYM && SynonymGroups.ExpressionOf(t.Term) is not null)
            .GroupBy(t => (t.Start, t.End))
            .Select(g => new ExpressionSpan(g.Key.Start, g.Key.End, [.. g.Select(t => SynonymGroups.ExpressionOf(t.Term)!.Value)],
                [.. tokens.Where(t => t.Type != SynonymFilter.TYPE_SYNONYM && t.Start >= g.Key.Start && t.End <= g.Key.End)]))
            .Where(s => s.Tokens.Count > 0)
            .ToList();
        var rest = tokens.Where(t => t.Type != SynonymFilter.TYPE_SYNONYM && !spans.Any(s => s.Covers(t))).ToList();
        return (spans, rest);
    }

    private Lucene.Net.Search.Query Alternatives(ExpressionSpan span, HashSet<string> highlight)
    {
        var any = new BooleanQuery();
        foreach (var phrase in span.Expressions.SelectMany(synonyms.Equivalents).DistinctBy(p => p.Key))
        {
            Highlight(phrase, highlight);
            any.Add(ToQuery(phrase, AlternativeSlop), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>A quoted phrase holding an expression: its words in order, the expression as any of its equivalents.</summary>
    private SpanQuery SpanPhrase(List<AnalyzedToken> tokens, List<ExpressionSpan> spans, HashSet<string> highlight)
    {
        var parts = new List<(int Position, SpanQuery Query)>();
        foreach (var position in Analysis.Phrase.Of(tokens.Where(t => t.Type != SynonymFilter.TYPE_SYNONYM && !spans.Any(s => s.Covers(t)))).Positions)
            parts.Add((position.Position, AnySpanTerm(position.Terms)));
        foreach (var span in spans)
        {
            var alternatives = span.Expressions.SelectMany(synonyms.Equivalents).DistinctBy(p => p.Key)
                .Select(phrase => { Highlight(phrase, highlight); return SpanOf(phrase); }).ToArray();
            parts.Add((span.Tokens.Min(t => t.Position), new SpanOrQuery(alternatives)));
        }
        var ordered = parts.OrderBy(p => p.Position).Select(p => p.Query).ToArray();
        // Stop words leave gaps between the words; the same number of gaps is allowed.
        var gaps = tokens.Where(t => t.Type != SynonymFilter.TYPE_SYNONYM).Select(t => t.Position).Distinct().Count();
        var slop = tokens.Max(t => t.Position) - tokens.Min(t => t.Position) + 1 - gaps + AlternativeSlop;
        return new SpanNearQuery(ordered, slop, inOrder: true);
    }

    private static SpanQuery SpanOf(Analysis.Phrase phrase)
    {
        if (phrase.Positions.Count == 1) return AnySpanTerm(phrase.Positions[0].Terms);
        var span = phrase.Positions[^1].Position - phrase.Positions[0].Position + 1 - phrase.Positions.Count;
        return new SpanNearQuery([.. phrase.Positions.Select(p => AnySpanTerm(p.Terms))], span + AlternativeSlop, inOrder: true);
    }

    private static SpanQuery AnySpanTerm(IReadOnlyList<string> terms) =>
        terms.Count == 1
            ? new SpanTermQuery(new Term(IndexSchema.Text, terms[0]))
            : new SpanOrQuery([.. terms.Select(t => (SpanQuery)new SpanTermQuery(new Term(IndexSchema.Text, t)))]);

    /// <summary>One position: a term (or its spellings); several: a phrase at the analyzed positions.</summary>
    private static Lucene.Net.Search.Query ToQuery(Analysis.Phrase phrase, int slop)
    {
        if (phrase.Positions.Count == 1)
        {
            var terms = phrase.Positions[0].Terms;
            if (terms.Count == 1) return new TermQuery(new Term(IndexSchema.Text, terms[0]));
            var spellings = new DisjunctionMaxQuery(0);
            foreach (var term in terms) spellings.Add(new TermQuery(new Term(IndexSchema.Text, term)));
            return spellings;
        }
        if (phrase.Positions.All(p => p.Terms.Count == 1))
        {
            var exact = new PhraseQuery { Slop = slop };
            foreach (var position in phrase.Positions) exact.Add(new Term(IndexSchema.Text, position.Terms[0]), position.Position);
            return exact;
        }
        var multi = new MultiPhraseQuery { Slop = slop };
        foreach (var position in phrase.Positions)
            multi.Add([.. position.Terms.Select(t => new Term(IndexSchema.Text, t))], position.Position);
        return multi;
    }

    private static void Highlight(Analysis.Phrase phrase, HashSet<string> highlight)
    {
        foreach (var term in phrase.Positions.SelectMany(p => p.Terms)) highlight.Add(term);
    }

    private sealed record ExpressionSpan(int Start, int End, IReadOnlyList<int> Expressions, IReadOnlyList<AnalyzedToken> Tokens)
    {
        public bool Covers(AnalyzedToken token) => token.Start >= Start && token.End <= End;
    }
}

/// <summary>Words of a prefix as written: lower case, no accents, elided article removed, stop words kept.</summary>
internal sealed class PrefixAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new Lucene.Net.Analysis.Standard.StandardTokenizer(FrenchAnalysis.LuceneVersion, reader);
        TokenStream words = new Lucene.Net.Analysis.Core.LowerCaseFilter(FrenchAnalysis.LuceneVersion,
            new Lucene.Net.Analysis.Util.ElisionFilter(source, WordLists.Articles));
        return new TokenStreamComponents(source, new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(words));
    }
}
