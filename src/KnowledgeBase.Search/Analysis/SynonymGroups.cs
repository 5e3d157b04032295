using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Groups of equivalent sector expressions (RSA / RMI / revenu de solidarité active, Pôle emploi
/// / France Travail / ANPE…), applied to queries only, so editing them needs no rebuild.
/// Lucene's <see cref="SynonymFilter"/> finds them in a query's terms (longest match first, on
/// stems: case, accents, plurals and stop words do not matter) and marks each with a token
/// naming the expression; the query is then built with every equivalent of every group the
/// expression belongs to — an ambiguous acronym (CAE) searches all its meanings.
/// </summary>
internal sealed class SynonymGroups
{
    private const char MarkerStart = '\u0001';

    private readonly List<Phrase> expressions = [];
    private readonly List<List<int>> groupsOfExpression = [];
    private readonly List<int[]> groups = [];

    public SynonymGroups(IEnumerable<IReadOnlyList<string>>? groupsAsWritten)
    {
        var plain = new QueryAnalyzer(synonyms: null);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var written in groupsAsWritten ?? [])
        {
            var members = new List<int>();
            foreach (var expression in written)
            {
                var phrase = Phrase.Of(AnalyzedToken.Of(plain, expression ?? ""));
                if (phrase.Positions.Count == 0) continue;
                if (!byKey.TryGetValue(phrase.Key, out var id))
                {
                    byKey[phrase.Key] = id = expressions.Count;
                    expressions.Add(phrase);
                    groupsOfExpression.Add([]);
                }
                if (!members.Contains(id)) members.Add(id);
            }
            if (members.Count < 2) continue;
            foreach (var id in members) groupsOfExpression[id].Add(groups.Count);
            groups.Add([.. members]);
        }
        Map = groups.Count == 0 ? null : BuildMap();
    }

    /// <summary>Lucene's map from each expression's terms to its marker, or null without groups.</summary>
    public SynonymMap? Map { get; }

    /// <summary>The expression a marker token names, or null for any other term.</summary>
    public static int? ExpressionOf(string term) =>
        term.Length > 1 && term[0] == MarkerStart && int.TryParse(term.AsSpan(1), out var id) ? id : null;

    /// <summary>Every expression equivalent to <paramref name="expression"/>, itself included.</summary>
    public IEnumerable<Phrase> Equivalents(int expression) =>
        groupsOfExpression[expression].SelectMany(g => groups[g]).Distinct().Select(e => expressions[e]);

    private SynonymMap BuildMap()
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var scratch = new CharsRef();
        for (var id = 0; id < expressions.Count; id++)
        {
            if (groupsOfExpression[id].Count == 0) continue;
            var input = SynonymMap.Builder.Join([.. expressions[id].Positions.Select(p => p.Terms[0])], scratch);
            builder.Add(input, new CharsRef(MarkerStart + id.ToString(System.Globalization.CultureInfo.InvariantCulture)), includeOrig: true);
        }
        return builder.Build();
    }
}

/// <summary>
/// Analyzed words in order: at each position, the term and the other spellings stacked on it
/// (the stem of the unaccented word). One position is a word; several are a phrase.
/// </summary>
internal sealed record Phrase(IReadOnlyList<PhrasePosition> Positions)
{
    /// <summary>The first terms joined: two phrases with the same key are the same words.</summary>
    public string Key => string.Join(' ', Positions.Select(p => p.Terms[0]));

    /// <summary>Groups the tokens of one analyzed text by position, markers left out.</summary>
    public static Phrase Of(IEnumerable<AnalyzedToken> tokens)
    {
        var positions = new List<PhrasePosition>();
        foreach (var token in tokens.Where(t => t.Type != SynonymFilter.TYPE_SYNONYM))
        {
            if (positions.Count > 0 && positions[^1].Position == token.Position)
            {
                if (!positions[^1].Terms.Contains(token.Term)) positions[^1] = positions[^1] with { Terms = [.. positions[^1].Terms, token.Term] };
            }
            else positions.Add(new PhrasePosition(token.Position, [token.Term]));
        }
        var first = positions.Count > 0 ? positions[0].Position : 0;
        return new Phrase([.. positions.Select(p => p with { Position = p.Position - first })]);
    }
}

/// <summary>A position of a <see cref="Phrase"/>: its main term first, then stacked spellings.</summary>
internal sealed record PhrasePosition(int Position, IReadOnlyList<string> Terms);
