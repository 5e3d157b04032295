using System.Text;
using KnowledgeBase.Benchmarks.Fts5.Analysis;
using KnowledgeBase.Benchmarks.Fts5.Index;
using KnowledgeBase.Benchmarks.Fts5.Query;

namespace KnowledgeBase.Benchmarks.Fts5.Suggestions;

/// <summary>
/// "Did you mean": replaces each unknown or rare query word by the closest frequent word of
/// the index vocabulary (at most 2 edits, 1 for short words) and returns the whole corrected
/// query, or null when nothing needs correcting.
/// </summary>
internal sealed class SpellingSuggester(ITextAnalyzer analyzer)
{
    // A word in this few documents is "rare" and corrected if a much more frequent neighbour exists.
    private const int RareDocs = 2;
    private const int FrequencyRatio = 10;

    public string? Suggest(ParsedQuery query, Vocabulary vocabulary)
    {
        var corrections = new List<(int Start, int Length, string Word)>();
        foreach (var clause in query.Clauses.Where(c => !c.Excluded && c.Kind != ClauseKind.Prefix))
        {
            foreach (var token in analyzer.Analyze(clause.Text))
            {
                if (token.Start < 0 || token.Length <= 0 || token.Start + token.Length > clause.Text.Length) continue;
                var word = SurfaceForm.Of(clause.Text, token.Start, token.Length);
                var docs = vocabulary.DocsOf(word);
                if (docs > RareDocs || word.Any(char.IsDigit)) continue;
                if (Closest(word, docs, vocabulary) is { } better)
                    corrections.Add((clause.Start + token.Start, token.Length, better));
            }
        }
        if (corrections.Count == 0) return null;
        var sb = new StringBuilder(query.Text);
        foreach (var (start, length, word) in corrections.OrderByDescending(c => c.Start))
            sb.Remove(start, length).Insert(start, word);
        return sb.ToString();
    }

    private static string? Closest(string word, int docs, Vocabulary vocabulary)
    {
        var max = word.Length <= 4 ? 1 : 2;
        var minDocs = Math.Max(1, docs * FrequencyRatio);
        (string? Word, int Distance, int Docs) best = (null, max + 1, 0);
        foreach (var candidate in vocabulary.Sorted())
        {
            if (Math.Abs(candidate.Length - word.Length) > max || candidate == word) continue;
            var candidateDocs = vocabulary.DocsOf(candidate);
            if (candidateDocs < minDocs) continue;
            var distance = EditDistance.Bounded(word, candidate, Math.Min(max, best.Distance));
            if (distance < best.Distance || (distance == best.Distance && candidateDocs > best.Docs))
                best = (candidate, distance, candidateDocs);
        }
        return best.Distance <= max ? best.Word : null;
    }
}
