using System.Text;

namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// French analysis chain: split into words on anything but letters and digits (hyphenated
/// words become several words), drop elided articles (l', d', qu', jusqu'…), lower-case, drop
/// stop words, stem with the Snowball French stemmer, then fold accents. "Pôle" and "pole",
/// "logements" and "logement", "l'insertion" and "insertion" give the same term.
/// </summary>
/// <remarks>
/// Stemming runs on the accented word because its rules depend on accents; folding comes
/// after so that unaccented text still meets accented text. Words holding a digit ("2024",
/// "ag2r") and the protected sector acronyms ("CIAS", "CHRS") are only lower-cased and folded. Thread-safe. The terms of frequent words are cached, so most
/// tokens allocate nothing but their slot in the list.
/// </remarks>
public sealed class FrenchAnalyzer : ITextAnalyzer
{
    // Words up to this length are worked on in a stack buffer; longer ones (rare) get an array.
    private const int StackWordLength = 64;
    private static readonly int StackBufferSize = BufferSize(StackWordLength);

    // About 6 MB when full; a corpus's frequent words are met early and stay.
    private static readonly TermCache Cache = new(capacity: 50_000);

    // Cached in place of a term for stop words; compared by reference.
    private static readonly string StopWord = new('\0', 1);

    /// <inheritdoc />
    public string Version => "fr-1";

    /// <inheritdoc />
    /// <remarks>
    /// Token offsets cover the word as written, without its elided article ("insertion" in
    /// "l'insertion"). An elided article takes no position of its own; a stop word does.
    /// </remarks>
    public IReadOnlyList<Token> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        Tokenize(text, keepStopWords: false, tokens);
        return tokens;
    }

    /// <summary>
    /// The term one query word would be indexed under (elision removed, stemmed, accents folded),
    /// keeping stop words so that a word typed alone is still searchable. Returns null when
    /// <paramref name="word"/> holds no word or more than one ("Île-de-France" is three words:
    /// analyze it with <see cref="Analyze"/> as a phrase).
    /// </summary>
    /// <remarks>
    /// Not for prefixes: stemming a partial word cuts arbitrary endings. Fold a prefix with
    /// <see cref="Fold"/> instead, and mind that indexed terms are stems, which can be shorter
    /// than the prefix typed ("logem…" was indexed as "log").
    /// </remarks>
    public string? NormalizeTerm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var tokens = new List<Token>(1);
        Tokenize(word, keepStopWords: true, tokens);
        return tokens.Count == 1 ? tokens[0].Term : null;
    }

    /// <summary>
    /// Lower-cases <paramref name="text"/> and removes its accents (é → e, ç → c, œ → oe, æ → ae)
    /// without stemming; other characters are kept. For prefix matching and display-side lookups.
    /// </summary>
    public static string Fold(string text) => AccentFolding.Fold(text);

    // The lower-cased word, the stemmer's work area, then room for the folded stem.
    private static int BufferSize(int wordLength) =>
        wordLength + FrenchStemmer.BufferSize(wordLength) * (1 + AccentFolding.MaxExpansion);

    private static void Tokenize(string text, bool keepStopWords, List<Token> tokens)
    {
        Span<char> scratch = stackalloc char[StackBufferSize];
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = WordCharWidth(text, i, inWord: false);
            if (width == 0) { i++; continue; }
            var start = i;
            i += width;
            while (i < text.Length && (width = WordCharWidth(text, i, inWord: true)) > 0) i += width;

            if (IsElision(text, start, i)) { i++; continue; }
            var source = text.AsSpan(start, i - start);
            var buffer = source.Length <= StackWordLength ? scratch : new char[BufferSize(source.Length)];
            var term = Normalize(source, buffer, keepStopWords);
            if (term is not null) tokens.Add(new Token(term, start, source.Length, position));
            position++;
        }
    }

    /// <summary>The term for one word, or null for a stop word.</summary>
    private static string? Normalize(ReadOnlySpan<char> source, Span<char> buffer, bool keepStopWords)
    {
        var lowered = buffer[..source.Length];
        var hasDigit = false;
        var hasMark = false;
        for (var k = 0; k < source.Length; k++)
        {
            var c = source[k];
            lowered[k] = c < 0x80 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            hasDigit |= char.IsAsciiDigit(c) || (c >= 0x80 && char.IsDigit(c));
            hasMark |= c >= 0x300 && AccentFolding.IsCombiningMark(c);
        }
        // Decomposed input ("e" + combining acute): compose so the stemmer sees "é".
        var word = hasMark ? lowered[..Compose(lowered)] : lowered;

        var rest = buffer[source.Length..];
        if (hasDigit) return FoldToString(word, rest);

        // The cache also remembers stop words, so a frequent word costs one lookup either way.
        var isStopWord = false;
        if (Cache.TryGet(word, out var cached))
        {
            if (!ReferenceEquals(cached, StopWord)) return cached;
            isStopWord = true;
        }
        else if (WordList.FrenchStopWords.Contains(word))
        {
            Cache.Add(word, StopWord);
            isStopWord = true;
        }
        if (isStopWord && !keepStopWords) return null;

        string term;
        if (WordList.FrenchProtectedWords.Contains(word))
        {
            term = FoldToString(word, rest);
        }
        else
        {
            var stemmed = rest[..FrenchStemmer.BufferSize(word.Length)];
            word.CopyTo(stemmed);
            term = FoldToString(stemmed[..FrenchStemmer.Stem(stemmed, word.Length)], rest[stemmed.Length..]);
        }
        if (!isStopWord) Cache.Add(word, term);
        return term;
    }

    private static string FoldToString(ReadOnlySpan<char> word, Span<char> destination) =>
        new(destination[..AccentFolding.Fold(word, destination)]);

    private static int Compose(Span<char> word)
    {
        var composed = new string(word).Normalize(NormalizationForm.FormC);
        // A few marks expand under NFC (U+0344); such words are left as they are.
        if (!composed.TryCopyTo(word)) return word.Length;
        return composed.Length;
    }

    /// <summary>
    /// How many chars the word character at <paramref name="i"/> spans (2 for a letter outside the
    /// basic plane), or 0 for a separator. Combining marks continue a word but never start one.
    /// </summary>
    private static int WordCharWidth(string text, int i, bool inWord)
    {
        var c = text[i];
        if (c < 0x80) return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        if (char.IsLetterOrDigit(c)) return 1;
        if (inWord && AccentFolding.IsCombiningMark(c)) return 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            && Rune.IsLetterOrDigit(new Rune(c, text[i + 1])))
            return 2;
        return 0;
    }

    /// <summary>
    /// Whether the word [start, end) is an elided article: one of l', d', qu', jusqu'… directly
    /// followed by an apostrophe (straight or typographic) and another word.
    /// </summary>
    private static bool IsElision(string text, int start, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('\'' or '\u2019') || WordCharWidth(text, end + 1, inWord: false) == 0)
            return false;
        var word = text.AsSpan(start, end - start);
        return word.Length switch
        {
            1 => (char)(word[0] | 0x20) is 'l' or 'd' or 'j' or 'n' or 's' or 'c' or 'm' or 't',
            2 => word.Equals("qu", StringComparison.OrdinalIgnoreCase),
            5 => word.Equals("jusqu", StringComparison.OrdinalIgnoreCase),
            6 => word.Equals("lorsqu", StringComparison.OrdinalIgnoreCase)
                 || word.Equals("puisqu", StringComparison.OrdinalIgnoreCase)
                 || word.Equals("quoiqu", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
