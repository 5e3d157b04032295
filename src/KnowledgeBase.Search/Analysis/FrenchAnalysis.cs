using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CommonGrams;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The French analysis of write-ups and queries, assembled from Lucene.Net's filters: Unicode
/// word boundaries (<see cref="StandardTokenizer"/>), elided articles removed (l', d', qu',
/// jusqu'… with straight or typographic apostrophes), lower case, sector acronyms protected
/// from stemming, "Grand Est"-like pairs kept (<see cref="CommonGramsFilter"/>), French stop
/// words removed, then the light French stemmer and ASCII folding, tolerant of missing
/// accents (<see cref="AccentTolerantStemFilter"/>). Decision note: docs/decisions/012.
/// </summary>
public static class FrenchAnalysis
{
    /// <summary>The Lucene behaviour the filters follow.</summary>
    public const Lucene.Net.Util.LuceneVersion LuceneVersion = Lucene.Net.Util.LuceneVersion.LUCENE_48;

    /// <summary>
    /// Changes whenever the same text would give other terms (chain or word lists changed); an
    /// index stamped with another version is rebuilt.
    /// </summary>
    public static string Version { get; } = $"fr-light-1/{WordLists.Fingerprint}";

    /// <summary>Positions left between two values of a field, so that no phrase spans them.</summary>
    internal const int ValueGap = 100;

    /// <summary>The chain shared by the index and queries, up to the word pairs.</summary>
    internal static TokenStream Words(Tokenizer source) =>
        new SetKeywordMarkerFilter(new LowerCaseFilter(LuceneVersion, new ElisionFilter(source, WordLists.Articles)), WordLists.ProtectedWords);

    internal static TokenStream Stems(TokenStream pairs) =>
        new AccentTolerantStemFilter(new StopFilter(LuceneVersion, pairs, WordLists.StopWords));
}

/// <summary>Analysis of indexed text: every word and every pair of a common word with its neighbour.</summary>
internal sealed class IndexAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.LuceneVersion, reader);
        var pairs = new CommonGramsFilter(FrenchAnalysis.LuceneVersion, FrenchAnalysis.Words(source), WordLists.CommonGramWords);
        return new TokenStreamComponents(source, FrenchAnalysis.Stems(pairs));
    }

    public override int GetPositionIncrementGap(string fieldName) => FrenchAnalysis.ValueGap;
}

/// <summary>
/// Analysis of query text: as for the index, but a common word next to another is searched as
/// their pair only ("grand est" → "grand_est"), and known sector expressions are marked with
/// tokens of type <see cref="SynonymFilter.TYPE_SYNONYM"/> (see <see cref="SynonymGroups"/>).
/// </summary>
internal sealed class QueryAnalyzer(SynonymMap? synonyms) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.LuceneVersion, reader);
        var pairs = new CommonGramsQueryFilter(new CommonGramsFilter(FrenchAnalysis.LuceneVersion, FrenchAnalysis.Words(source), WordLists.CommonGramWords));
        var stems = FrenchAnalysis.Stems(pairs);
        return new TokenStreamComponents(source, synonyms is null ? stems : new SynonymFilter(stems, synonyms, ignoreCase: false));
    }
}

/// <summary>
/// Words as written, lower case and without accents, unstemmed: the vocabulary of prefix
/// searches and of spelling suggestions.
/// </summary>
internal sealed class SurfaceWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(FrenchAnalysis.LuceneVersion, reader);
        TokenStream words = new LowerCaseFilter(FrenchAnalysis.LuceneVersion, new ElisionFilter(source, WordLists.Articles));
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new StopFilter(FrenchAnalysis.LuceneVersion, words, WordLists.StopWords)));
    }
}
