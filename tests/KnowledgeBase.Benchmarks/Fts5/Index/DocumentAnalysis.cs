using KnowledgeBase.Benchmarks.Fts5.Analysis;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>Turns documents into what the index stores, with the configured analyzer.</summary>
internal sealed class DocumentAnalysis(ITextAnalyzer analyzer)
{
    public PreparedDocument Prepare(IndexDocument document)
    {
        var text = StoredText.From(document);
        var analyzed = Analyze(text);
        return new PreparedDocument(
            document.Id,
            document.PublishedAt.UtcTicks,
            DocumentFacets.From(document.Facets),
            analyzed,
            text.Compress(),
            HeadTerms.Distinct(analyzed));
    }

    public AnalyzedText Analyze(StoredText text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        return new AnalyzedText(
            Column(text.Title, words),
            Column(text.Summary, words),
            Column(text.Tags, words),
            Column(text.Body, words),
            words.Select(w => new VocabularyWord(w.Key, w.Value)).ToArray());
    }

    private string Column(string text, Dictionary<string, string> words)
    {
        if (text.Length == 0) return "";
        var tokens = analyzer.Analyze(text);
        // Most tokens repeat a word already seen: look it up as a folded span before allocating.
        var seen = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var token in tokens)
        {
            if (token.Term.Length == 0 || token.Start < 0 || token.Length <= 0 || token.Start + token.Length > text.Length)
                continue;
            var source = text.AsSpan(token.Start, token.Length);
            if (source.Length <= buffer.Length && source.IndexOfAny('\'', '’') < 0)
            {
                var folded = buffer[..source.Length];
                SurfaceForm.FoldInto(source, folded);
                if (!seen.ContainsKey(folded)) words[new string(folded)] = token.Term;
                continue;
            }
            var word = SurfaceForm.Of(text, token.Start, token.Length);
            if (word.Length > 0) words.TryAdd(word, token.Term);
        }
        return IndexTerm.Join(tokens);
    }
}
