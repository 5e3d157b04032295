using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Benchmarks;

/// <summary>
/// Stand-in for the full French chain while Analysis/ is provisional (--analyzer approx): the
/// current analyzer, minus common stop words, with plural endings stripped. It approximates
/// the index size and speed to expect once stop words and stemming are in.
/// </summary>
internal sealed class ApproximateFrenchAnalyzer : ITextAnalyzer
{
    private static readonly HashSet<string> StopWords =
    [
        .. FrenchWords.StopWords.Select(w => w.Replace("à", "a").Replace("é", "e")),
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "y", "ou", "mais", "donc", "or", "ni", "car", "je", "tu", "on", "lui", "eux",
    ];

    private readonly FrenchAnalyzer inner = new();

    public string Version => inner.Version + "+approx";

    public IReadOnlyList<Token> Analyze(string text)
    {
        var tokens = inner.Analyze(text);
        var result = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            if (StopWords.Contains(token.Term)) continue;
            var term = token.Term.Length > 4 && (token.Term.EndsWith('s') || token.Term.EndsWith('x')) ? token.Term[..^1] : token.Term;
            result.Add(token with { Term = term });
        }
        return result;
    }
}
