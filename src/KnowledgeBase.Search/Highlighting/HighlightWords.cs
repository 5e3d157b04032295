using KnowledgeBase.Search.Index;
using KnowledgeBase.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Highlighting;

/// <summary>
/// Which written words to mark for a query: for each of its terms, the words the index
/// recorded under it (<see cref="IndexSchema.Forms"/>, e.g. "accompagnées" and "accompagner"
/// for the term "acompagn"), and any word starting with one of its prefixes.
/// </summary>
internal static class HighlightWords
{
    public static WordMatcher For(IndexReader reader, CompiledQuery query)
    {
        if (query.Lucene is null) return _ => null;
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = MultiFields.GetTerms(reader, IndexSchema.Forms);
        var terms = forms?.GetEnumerator();
        foreach (var term in query.HighlightTerms)
        {
            // A pair of words ("grand_est") is marked word by word.
            if (term.Contains('_'))
            {
                foreach (var word in term.Split('_', StringSplitOptions.RemoveEmptyEntries)) words.TryAdd(word, term);
                continue;
            }
            if (terms is null) continue;
            var prefix = new BytesRef(term + IndexSchema.FormSeparator);
            if (terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
            do
            {
                if (!StringHelper.StartsWith(terms.Term, prefix)) break;
                var form = terms.Term.Utf8ToString();
                words.TryAdd(form[(form.IndexOf(IndexSchema.FormSeparator) + 1)..], term);
            }
            while (terms.MoveNext());
        }
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = query.HighlightPrefixes.ToArray();
        return word =>
        {
            if (lookup.TryGetValue(word, out var term)) return term;
            foreach (var prefix in prefixes)
                if (word.StartsWith(prefix, StringComparison.Ordinal)) return prefix;
            return null;
        };
    }
}
