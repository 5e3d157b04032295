using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

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
            // Kept sets are shared by every search: only fresh copies are changed in place.
            var union = SetOf(clause[0][0], words, catalog, vocabulary, session);
            if (clause.Count > 1)
            {
                union = BitSets.Copy(union, words);
                foreach (var alternative in clause.Skip(1)) BitSets.Or(union, SetOf(alternative[0], words, catalog, vocabulary, session));
            }
            if (matched is null) matched = clause.Count > 1 ? union : BitSets.Copy(union, words);
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
        return vocabulary.StemDocs(term) >= TermDocSets.FrequentFrom(catalog.Count)
            ? catalog.Terms.GetOrRead(encoded, words, session)
            : session.MatchingSlots("\"" + encoded + "\"", words);
    }
}
