using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests;

/// <summary>
/// A small stand-in for the full French chain, so that engine tests exercise stop words and
/// stems (index terms differ from surface words) whatever the state of the real analyzer:
/// drops a few stop words and strips a plural "s" or "x".
/// </summary>
internal sealed class StemmingTestAnalyzer(string version = "test-1") : ITextAnalyzer
{
    private static readonly HashSet<string> StopWords = ["le", "la", "les", "de", "des", "du", "et", "au", "aux", "un", "une", "pour", "en", "a"];
    private readonly FrenchAnalyzer folding = new();

    public string Version => version;

    public IReadOnlyList<Token> Analyze(string text) =>
        folding.Analyze(text)
            .Where(t => !StopWords.Contains(t.Term))
            .Select(t => t with { Term = Stem(t.Term) })
            .ToList();

    private static string Stem(string term) =>
        term.Length > 3 && (term.EndsWith('s') || term.EndsWith('x')) ? term[..^1] : term;
}
