using KnowledgeBase.Search.Index;

namespace KnowledgeBase.Search.Query;

/// <summary>
/// Matches a plan made of single terms (<see cref="MatchPlan.SingleTerms"/>) on bit sets over
/// slots: each required clause is the union of its terms' documents, clauses intersect,
/// excluded terms are removed. Frequent terms come from <see cref="TermDocSets"/>, rare ones
/// from FTS5 (a short posting list). The same documents as the FTS5 expression, without
/// reading long posting lists row by row.
/// </summary>
internal static class DocSetMatcher
{
    public static ulong[] Match(MatchPlan plan, DocumentCatalog catalog, Vocabulary vocabulary, ReaderSession session)
    {
        var words = BitSets.WordsFor(catalog.SlotLimit);
        ulong[]? matched = null;
        foreach (var clause in plan.Required)
        {
            var union = clause.Count == 1 ? SetOf(clause[0][0], words, catalog, vocabulary, session) : new ulong[words];
            if (clause.Count > 1)
                foreach (var alternative in clause) BitSets.Or(union, SetOf(alternative[0], words, catalog, vocabulary, session));
            if (matched is null) matched = BitSets.Copy(union, words);
            else BitSets.And(matched, union);
        }
        matched ??= new ulong[words];
        foreach (var term in plan.Excluded) BitSets.AndNot(matched, SetOf(term, words, catalog, vocabulary, session));
        return matched;
    }

    /// <summary>Documents of a term: the kept set, a newly kept one if the term is frequent, else read once.</summary>
    private static ulong[] SetOf(string term, int words, DocumentCatalog catalog, Vocabulary vocabulary, ReaderSession session)
    {
        var encoded = IndexTerm.Encode(term);
        if (catalog.Terms.TryGet(encoded, out var kept)) return kept;
        return TermDocSets.IsFrequent(vocabulary.StemDocs(term), catalog.Count)
            ? catalog.Terms.GetOrAdd(encoded, t => TermDocSets.Read(t, words, session))
            : TermDocSets.Read(encoded, words, session);
    }
}
