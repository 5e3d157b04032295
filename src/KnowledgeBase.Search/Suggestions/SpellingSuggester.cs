using System.Text;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Index;
using KnowledgeBase.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Suggestions;

/// <summary>
/// "Did you mean": replaces each unknown or rare word of the query by the closest much more
/// frequent word of the index's own vocabulary (the unstemmed <see cref="IndexSchema.Words"/>
/// field, walked by Lucene's <see cref="FuzzyTermsEnum"/>: one edit, then two for words of more
/// than four letters) and returns the whole corrected query, or null.
/// </summary>
internal sealed class SpellingSuggester
{
    // A word in this few documents is "rare", corrected if a neighbour is ten times as frequent.
    private const int RareDocs = 2;
    private const int FrequencyRatio = 10;

    private readonly SurfaceWordAnalyzer analyzer = new();

    public string? Suggest(ParsedQuery query, IndexReader reader)
    {
        var words = MultiFields.GetTerms(reader, IndexSchema.Words);
        if (words is null) return null;
        var corrections = new List<(int Start, int Length, string Word)>();
        foreach (var clause in query.Clauses.Where(c => !c.Excluded && c.Kind != ClauseKind.Prefix))
        {
            foreach (var token in AnalyzedToken.Of(analyzer, clause.Text))
            {
                if (token.Term.Any(char.IsDigit) || token.End > clause.Text.Length) continue;
                var docs = reader.DocFreq(new Term(IndexSchema.Words, token.Term));
                if (docs > RareDocs) continue;
                if (Closest(words, token.Term, docs) is { } better)
                    corrections.Add((clause.Start + token.Start, token.End - token.Start, better));
            }
        }
        if (corrections.Count == 0) return null;
        var text = new StringBuilder(query.Text);
        foreach (var (start, length, word) in corrections.OrderByDescending(c => c.Start))
            text.Remove(start, length).Insert(start, word);
        return text.ToString();
    }

    private static string? Closest(Terms words, string word, int docs)
    {
        var minDocs = Math.Max(1, docs * FrequencyRatio);
        for (var edits = 1; edits <= (word.Length <= 4 ? 1 : 2); edits++)
        {
            var candidates = new FuzzyTermsEnum(words, new AttributeSource(), new Term(IndexSchema.Words, word), edits, 0, true);
            (string? Word, int Docs) best = (null, 0);
            while (candidates.MoveNext())
            {
                var candidate = candidates.Term.Utf8ToString();
                if (candidate == word || candidates.DocFreq < minDocs || candidates.DocFreq <= best.Docs) continue;
                best = (candidate, candidates.DocFreq);
            }
            if (best.Word is not null) return best.Word;
        }
        return null;
    }
}
