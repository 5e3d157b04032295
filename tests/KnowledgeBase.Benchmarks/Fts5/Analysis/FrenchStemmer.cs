namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// The Snowball French stemmer (snowballstem.org, "French stemming algorithm", current version
/// with elision removal and the ë/ï marking), checked line by line against the reference
/// vocabulary. It reduces inflected forms to a common stem: <c>logements</c> and
/// <c>logement</c> both give <c>log</c>.
/// </summary>
/// <remarks>
/// Words are lower-cased first: the algorithm marks vowels that behave as consonants
/// (<c>u</c>, <c>i</c>, <c>y</c>) and diaereses with upper-case letters while it works.
/// Accents are kept in the stem; folding them is the analyzer's job, after stemming, because
/// the suffix rules depend on them (<c>-ité</c>, <c>-ée</c>, <c>-ière</c>).
/// </remarks>
public static partial class FrenchStemmer
{
    /// <summary>Returns the stem of one word, lower-cased.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return word;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[BufferSize(64)] : new char[BufferSize(word.Length)];
        word.AsSpan().ToLowerInvariant(buffer);
        var length = Stem(buffer, word.Length);
        return buffer[..length].SequenceEqual(word) ? word : new string(buffer[..length]);
    }

    /// <summary>
    /// The capacity a buffer needs to stem a word of <paramref name="length"/> characters in
    /// place: marking a diaeresis takes two characters, and <c>-ic</c> → <c>-iqU</c> adds one.
    /// </summary>
    internal static int BufferSize(int length) => 2 * length + 2;

    /// <summary>
    /// Stems the lower-case word held in the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/> in place and returns the length of the stem.
    /// </summary>
    internal static int Stem(Span<char> buffer, int length)
    {
        var word = new Word(buffer, length);
        RemoveElision(ref word);
        MarkNonVowels(ref word);
        MarkRegions(ref word);

        if (StandardSuffix(ref word) || IVerbSuffix(ref word) || VerbSuffix(ref word))
        {
            var last = word.Length - 1;
            if (last >= 0 && word.Chars[last] == 'Y') word.Chars[last] = 'i';
            else if (last >= 0 && word.Chars[last] == 'ç') word.Chars[last] = 'c';
        }
        else
        {
            ResidualSuffix(ref word);
        }
        UnDouble(ref word);
        UnAccent(ref word);
        return Unmark(word.Chars[..word.Length]);
    }

    /// <summary>The word being stemmed: its characters and the starts of RV, R1 and R2.</summary>
    private ref struct Word(Span<char> chars, int length)
    {
        public readonly Span<char> Chars = chars;
        public int Length = length;
        public int PV = length, P1 = length, P2 = length;

        public readonly bool InRV(int at) => PV <= at;
        public readonly bool InR1(int at) => P1 <= at;
        public readonly bool InR2(int at) => P2 <= at;

        /// <summary>The character before <paramref name="at"/>, or '\0' when it lies below <paramref name="floor"/>.</summary>
        public readonly char Before(int at, int floor = 0) => at - 1 >= floor ? Chars[at - 1] : '\0';

        public readonly bool EndsWith(string suffix, int floor = 0)
        {
            var start = Length - suffix.Length;
            return start >= floor && Chars.Slice(start, suffix.Length).SequenceEqual(suffix);
        }

        public void Truncate(int at) => Length = at;

        public void ReplaceTail(int at, string replacement)
        {
            replacement.CopyTo(Chars[at..]);
            Length = at + replacement.Length;
        }
    }

    // Vowels of the algorithm; the upper-case marks it writes are deliberately not vowels.
    private static bool IsVowel(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' => true,
        'â' or 'à' or 'ë' or 'é' or 'ê' or 'è' or 'ï' or 'î' or 'ô' or 'û' or 'ù' => true,
        _ => false,
    };

    /// <summary>"l'avion" → "avion": one elided letter (or "qu") and an apostrophe, if a word follows.</summary>
    private static void RemoveElision(ref Word word)
    {
        var c = word.Chars;
        var prefix = 0;
        if (word.Length > 2 && c[1] == '\'' && c[0] is 'c' or 'd' or 'j' or 'l' or 'm' or 'n' or 's' or 't') prefix = 2;
        else if (word.Length > 3 && c[0] == 'q' && c[1] == 'u' && c[2] == '\'') prefix = 3;
        if (prefix == 0) return;
        c[prefix..word.Length].CopyTo(c);
        word.Length -= prefix;
    }

    /// <summary>
    /// Marks vowels that act as consonants (u or i between vowels, y next to a vowel, u after q)
    /// with upper case, and replaces ë and ï by H plus the bare vowel, so that later steps
    /// treat them right; <see cref="Unmark"/> undoes it.
    /// </summary>
    private static void MarkNonVowels(ref Word word)
    {
        var i = 0;
        while (i < word.Length)
        {
            // After a change the same position is tried again, as the algorithm's "repeat goto" does.
            if (!MarkAt(ref word, i)) i++;
        }
    }

    private static bool MarkAt(ref Word word, int i)
    {
        var c = word.Chars;
        var ch = c[i];
        var next = i + 1 < word.Length ? c[i + 1] : '\0';
        var afterNext = i + 2 < word.Length ? c[i + 2] : '\0';
        if (IsVowel(ch))
        {
            if (next == 'u' && IsVowel(afterNext)) { c[i + 1] = 'U'; return true; }
            if (next == 'i' && IsVowel(afterNext)) { c[i + 1] = 'I'; return true; }
            if (next == 'y') { c[i + 1] = 'Y'; return true; }
        }
        if (ch is 'ë' or 'ï')
        {
            c[(i + 1)..word.Length].CopyTo(c[(i + 2)..]);
            c[i] = 'H';
            c[i + 1] = ch == 'ë' ? 'e' : 'i';
            word.Length++;
            return true;
        }
        if (ch == 'y' && IsVowel(next)) { c[i] = 'Y'; return true; }
        if (ch == 'q' && next == 'u') { c[i + 1] = 'U'; return true; }
        return false;
    }

    /// <summary>
    /// RV starts after the third letter if the word begins with two vowels, after a few listed
    /// prefixes, else after the first vowel not at the start; R1 after the first non-vowel
    /// following a vowel; R2 likewise inside R1.
    /// </summary>
    private static void MarkRegions(ref Word word)
    {
        ReadOnlySpan<char> c = word.Chars[..word.Length];
        if (c.Length >= 3 && IsVowel(c[0]) && IsVowel(c[1])) word.PV = 3;
        else if (c.StartsWith("par") || c.StartsWith("col") || c.StartsWith("tap")) word.PV = 3;
        else if (c.StartsWith("ni") && c.Length >= 3 && IsVowel(c[2])) word.PV = 3;
        else if (c.Length > 1)
        {
            var vowel = c[1..].IndexOfAny(Vowels);
            if (vowel >= 0) word.PV = vowel + 2;
        }

        word.P1 = AfterVowelThenNonVowel(c, 0);
        word.P2 = AfterVowelThenNonVowel(c, word.P1);
    }

    private static readonly System.Buffers.SearchValues<char> Vowels =
        System.Buffers.SearchValues.Create("aeiouyâàëéêèïîôûù");

    private static int AfterVowelThenNonVowel(ReadOnlySpan<char> c, int from)
    {
        if (from >= c.Length) return c.Length;
        var vowel = c[from..].IndexOfAny(Vowels);
        if (vowel < 0) return c.Length;
        var afterVowel = from + vowel + 1;
        var nonVowel = c[afterVowel..].IndexOfAnyExcept(Vowels);
        return nonVowel < 0 ? c.Length : afterVowel + nonVowel + 1;
    }

    /// <summary>Turns the marks back into letters (I → i, He → ë, lone H dropped); returns the new length.</summary>
    private static int Unmark(Span<char> c)
    {
        var length = 0;
        for (var i = 0; i < c.Length; i++)
        {
            var ch = c[i];
            switch (ch)
            {
                case 'I': c[length++] = 'i'; break;
                case 'U': c[length++] = 'u'; break;
                case 'Y': c[length++] = 'y'; break;
                case 'H':
                    var next = i + 1 < c.Length ? c[i + 1] : '\0';
                    if (next == 'e') { c[length++] = 'ë'; i++; }
                    else if (next == 'i') { c[length++] = 'ï'; i++; }
                    break;
                default: c[length++] = ch; break;
            }
        }
        return length;
    }
}
