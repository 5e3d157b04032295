using KnowledgeBase.Benchmarks.Fts5.Analysis;
using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>
/// Turns parsed clauses into an FTS5 expression built only from quoted terms and our own
/// operators, so that no user input can make it invalid. Each clause becomes a group of
/// alternatives (synonyms, prefix expansions) OR-ed together; groups are AND-ed; excluded
/// groups are removed with NOT.
/// </summary>
internal sealed class MatchPlanner(ITextAnalyzer analyzer, SynonymTable synonyms)
{
    /// <summary>Most stems a prefix expands to; the most frequent words win.</summary>
    public const int MaxPrefixExpansion = 64;

    private sealed record Alternative(string[] Terms, bool IsPrefix);

    public MatchPlan Plan(ParsedQuery query, Vocabulary vocabulary)
    {
        if (query.IsBlank) return MatchPlan.Browse;
        var required = new List<List<Alternative>>();
        var excluded = new List<List<Alternative>>();
        var prefixes = new List<string>();
        var clauses = query.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var target = clauses[i].Excluded ? excluded : required;
            switch (clauses[i].Kind)
            {
                case ClauseKind.Word:
                    var run = i;
                    while (!clauses[i].Excluded && i + 1 < clauses.Count && clauses[i + 1] is { Kind: ClauseKind.Word, Excluded: false }) i++;
                    target.AddRange(WordGroups(clauses.Skip(run).Take(i - run + 1)));
                    break;
                case ClauseKind.Phrase:
                    if (PhraseGroup(clauses[i].Text) is { } phrase) target.Add(phrase);
                    break;
                case ClauseKind.Prefix:
                    if (PrefixGroup(clauses[i].Text, vocabulary, prefixes) is { } expansion) target.Add(expansion);
                    break;
            }
        }
        if (required.Count == 0) return MatchPlan.Nothing;

        var expression = string.Join(" AND ", required.Select(Render));
        if (excluded.Count > 0)
            expression = $"({expression}) NOT ({string.Join(" OR ", excluded.SelectMany(g => g).Select(Render))})";
        var highlights = required.SelectMany(g => g).Where(a => !a.IsPrefix).SelectMany(a => a.Terms).ToHashSet(StringComparer.Ordinal);
        var requiredTerms = required.Select(g => (IReadOnlyList<string[]>)g.Where(a => !a.IsPrefix).Select(a => a.Terms).ToList()).ToList();
        var singleTerms = required.Concat(excluded).SelectMany(g => g).All(a => a.Terms.Length == 1 && !a.IsPrefix);
        var excludedTerms = excluded.SelectMany(g => g).SelectMany(a => a.Terms).ToList();
        return new MatchPlan(MatchKind.Match, expression, requiredTerms, excludedTerms, singleTerms, highlights, prefixes);
    }

    // Consecutive words are analyzed together so that multi-word synonyms ("pôle emploi") are
    // recognised; a single word that analyzes to several terms ("Saint-Denis") is a phrase.
    private IEnumerable<List<Alternative>> WordGroups(IEnumerable<QueryClause> words)
    {
        var terms = new List<string>();
        var wordEnd = new List<int>(); // for each term, index one past the last term of its word
        foreach (var word in words)
        {
            var analyzed = Terms(word.Text);
            terms.AddRange(analyzed);
            wordEnd.AddRange(Enumerable.Repeat(terms.Count, analyzed.Length));
        }
        var at = 0;
        while (at < terms.Count)
        {
            if (synonyms.FindLongest(terms, at) is { } synonym)
            {
                yield return synonyms.Alternatives(synonym.Group).Select(t => new Alternative(t, false)).ToList();
                at += synonym.Length;
                continue;
            }
            var startsWord = at == 0 || wordEnd[at - 1] != wordEnd[at];
            var length = startsWord ? wordEnd[at] - at : 1;
            yield return [new Alternative([.. terms.GetRange(at, length)], false)];
            at += length;
        }
    }

    private List<Alternative>? PhraseGroup(string text)
    {
        var terms = Terms(text);
        if (terms.Length == 0) return null;
        if (synonyms.FindLongest(terms, 0) is { } synonym && synonym.Length == terms.Length)
            return synonyms.Alternatives(synonym.Group).Select(t => new Alternative(t, false)).ToList();
        return [new Alternative(terms, false)];
    }

    // The index holds stems, so the typed prefix is matched against surface words ("logem" →
    // "logement", "logements") and replaced by their stems ("log"). With no known word, the
    // prefix is still tried on the stems themselves.
    private static List<Alternative>? PrefixGroup(string text, Vocabulary vocabulary, List<string> highlightPrefixes)
    {
        var prefix = SurfaceForm.Fold(text);
        if (prefix.Length == 0) return null;
        var stems = vocabulary.StartingWith(prefix, MaxPrefixExpansion * 4)
            .Select(w => w.Stem).Distinct(StringComparer.Ordinal).Take(MaxPrefixExpansion)
            .Select(stem => new Alternative([stem], false)).ToList();
        if (stems.Count > 0) return stems;
        highlightPrefixes.Add(prefix);
        return [new Alternative([prefix], true)];
    }

    private string[] Terms(string text) =>
        analyzer.Analyze(text).Select(t => t.Term).Where(t => t.Length > 0).ToArray();

    private static string Render(List<Alternative> group) =>
        group.Count == 1 ? Render(group[0]) : "(" + string.Join(" OR ", group.Select(Render)) + ")";

    private static string Render(Alternative alternative)
    {
        var phrase = "\"" + string.Join(' ', alternative.Terms.Select(IndexTerm.Encode)) + "\"";
        return alternative.IsPrefix ? phrase + " *" : phrase;
    }
}
