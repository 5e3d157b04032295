namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

// Steps 1 to 6 of the algorithm: suffixes are removed from the end of the word, each rule only
// when the suffix lies in the region it names (RV, R1 or R2). As in Snowball's "among", the
// longest listed suffix wins, and when its condition fails no shorter one is tried.
public static partial class FrenchStemmer
{
    private enum StandardRule
    {
        DeleteInR2, Ation, Logie, Usion, Ence, Ement, Ite, If, Eaux, Aux, Oux, Euse, Issement, Amment, Emment, Ment,
    }

    private enum VerbRule { Ions, Delete, DeleteWithE, Ais }

    private enum ResidualRule { Ion, Ier, E }

    private static readonly SuffixList<StandardRule> StandardSuffixes = new(
        Rule(StandardRule.DeleteInR2, "ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes"),
        Rule(StandardRule.Ation, "atrice", "ateur", "ation", "atrices", "ateurs", "ations"),
        Rule(StandardRule.Logie, "logie", "logies"),
        Rule(StandardRule.Usion, "usion", "ution", "usions", "utions"),
        Rule(StandardRule.Ence, "ence", "ences"),
        Rule(StandardRule.Ement, "ement", "ements"),
        Rule(StandardRule.Ite, "ité", "ités"),
        Rule(StandardRule.If, "if", "ive", "ifs", "ives"),
        Rule(StandardRule.Eaux, "eaux"),
        Rule(StandardRule.Aux, "aux"),
        Rule(StandardRule.Oux, "oux"),
        Rule(StandardRule.Euse, "euse", "euses"),
        Rule(StandardRule.Issement, "issement", "issements"),
        Rule(StandardRule.Amment, "amment"),
        Rule(StandardRule.Emment, "emment"),
        Rule(StandardRule.Ment, "ment", "ments"));

    private static readonly SuffixList<bool> IVerbSuffixes = new(Rule(true,
        "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai", "iraIent", "irais", "irait", "iras",
        "irent", "irez", "iriez", "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
        "issant", "issante", "issantes", "issants", "isse", "issent", "isses", "issez", "issiez",
        "issions", "issons", "it"));

    private static readonly SuffixList<VerbRule> VerbSuffixes = new(
        Rule(VerbRule.Ions, "ions"),
        Rule(VerbRule.Delete, "é", "ée", "ées", "és", "èrent", "er", "era", "erai", "eraIent", "erais", "erait",
            "eras", "erez", "eriez", "erions", "erons", "eront", "ez", "iez", "eais"),
        Rule(VerbRule.DeleteWithE, "âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant", "ante", "antes",
            "ants", "as", "asse", "assent", "asses", "assiez", "assions"),
        Rule(VerbRule.Ais, "ais", "aise", "aises"));

    private static readonly SuffixList<ResidualRule> ResidualSuffixes = new(
        Rule(ResidualRule.Ion, "ion"),
        Rule(ResidualRule.Ier, "ier", "ière", "Ier", "Ière"),
        Rule(ResidualRule.E, "e"));

    /// <summary>Step 1: nouns, adjectives and adverbs (-ation, -ement, -ité, -euse…).</summary>
    private static bool StandardSuffix(ref Word word)
    {
        if (!StandardSuffixes.Find(word, floor: 0, out var start, out var rule)) return false;
        switch (rule)
        {
            case StandardRule.DeleteInR2:
                return DeleteIf(ref word, start, word.InR2(start));
            case StandardRule.Ation:
                if (!DeleteIf(ref word, start, word.InR2(start))) return false;
                if (word.EndsWith("ic")) DeleteInR2OrReplace(ref word, 2, "iqU");
                return true;
            case StandardRule.Logie:
                return ReplaceIf(ref word, start, word.InR2(start), "log");
            case StandardRule.Usion:
                return ReplaceIf(ref word, start, word.InR2(start), "u");
            case StandardRule.Ence:
                return ReplaceIf(ref word, start, word.InR2(start), "ent");
            case StandardRule.Ement:
                if (!DeleteIf(ref word, start, word.InRV(start))) return false;
                AfterEment(ref word);
                return true;
            case StandardRule.Ite:
                if (!DeleteIf(ref word, start, word.InR2(start))) return false;
                if (word.EndsWith("abil")) DeleteInR2OrReplace(ref word, 4, "abl");
                else if (word.EndsWith("ic")) DeleteInR2OrReplace(ref word, 2, "iqU");
                else if (word.EndsWith("iv")) DeleteIf(ref word, word.Length - 2, word.InR2(word.Length - 2));
                return true;
            case StandardRule.If:
                if (!DeleteIf(ref word, start, word.InR2(start))) return false;
                if (word.EndsWith("at") && DeleteIf(ref word, word.Length - 2, word.InR2(word.Length - 2))
                    && word.EndsWith("ic"))
                    DeleteInR2OrReplace(ref word, 2, "iqU");
                return true;
            case StandardRule.Eaux:
                return ReplaceIf(ref word, start, true, "eau");
            case StandardRule.Aux:
                return ReplaceIf(ref word, start, word.InR1(start), "al");
            case StandardRule.Oux:
                return ReplaceIf(ref word, start, word.Before(start) is 'b' or 'h' or 'j' or 'l' or 'n' or 'p', "ou");
            case StandardRule.Euse:
                return DeleteIf(ref word, start, word.InR2(start)) || ReplaceIf(ref word, start, word.InR1(start), "eux");
            case StandardRule.Issement:
                return DeleteIf(ref word, start, word.InR1(start) && IsConsonant(word.Before(start)));
            // The -ment family is changed but reported as not found, so that the verb steps
            // still run: -ment typically follows a past participle ("confusément").
            case StandardRule.Amment:
                ReplaceIf(ref word, start, word.InRV(start), "ant");
                return false;
            case StandardRule.Emment:
                ReplaceIf(ref word, start, word.InRV(start), "ent");
                return false;
            default: // StandardRule.Ment
                DeleteIf(ref word, start, IsVowel(word.Before(start)) && word.InRV(start - 1));
                return false;
        }
    }

    /// <summary>What may precede a removed -ement: "-ivement", "-eusement", "-ièrement"…</summary>
    private static void AfterEment(ref Word word)
    {
        var start = word.Length - 3;
        if (word.EndsWith("ièr") || word.EndsWith("Ièr"))
        {
            ReplaceIf(ref word, start, word.InRV(start), "i");
        }
        else if (word.EndsWith("eus"))
        {
            if (!DeleteIf(ref word, start, word.InR2(start))) ReplaceIf(ref word, start, word.InR1(start), "eux");
        }
        else if (word.EndsWith("abl") || word.EndsWith("iqU"))
        {
            DeleteIf(ref word, start, word.InR2(start));
        }
        else if (word.EndsWith("iv") && DeleteIf(ref word, word.Length - 2, word.InR2(word.Length - 2))
            && word.EndsWith("at"))
        {
            DeleteIf(ref word, word.Length - 2, word.InR2(word.Length - 2));
        }
    }

    /// <summary>Step 2a: verb endings beginning with i, kept when a vowel precedes ("fini" but not "ami").</summary>
    private static bool IVerbSuffix(ref Word word)
    {
        if (word.Length < word.PV) return false;
        if (!IVerbSuffixes.Find(word, floor: word.PV, out var start, out _)) return false;
        // The preceding non-vowel must itself lie in RV.
        var before = word.Before(start, floor: word.PV);
        return DeleteIf(ref word, start, before != 'H' && IsConsonant(before));
    }

    /// <summary>Step 2b: the other verb endings, in RV.</summary>
    private static bool VerbSuffix(ref Word word)
    {
        if (word.Length < word.PV) return false;
        if (!VerbSuffixes.Find(word, floor: word.PV, out var start, out var rule)) return false;
        switch (rule)
        {
            case VerbRule.Ions:
                return DeleteIf(ref word, start, word.InR2(start));
            case VerbRule.Delete:
                word.Truncate(start);
                return true;
            case VerbRule.DeleteWithE: // "-eant", "-eait"… lose their e too
                word.Truncate(word.Before(start, floor: word.PV) == 'e' ? start - 1 : start);
                return true;
            default: // VerbRule.Ais: not the -ais of "palais", "mauvais", "déplais"
                ReadOnlySpan<char> stem = word.Chars[..start];
                var keep = (stem.Length == 3 && stem.EndsWith("al")) || stem.EndsWith("auv") || stem.EndsWith("épl");
                return DeleteIf(ref word, start, !keep);
        }
    }

    /// <summary>Step 4, when steps 1 and 2 changed nothing: plural s, -ion, -ier, final e.</summary>
    private static void ResidualSuffix(ref Word word)
    {
        if (word.EndsWith("s"))
        {
            var s = word.Length - 1;
            var before = word.Before(s);
            var afterDiaeresis = before == 'i' && word.Before(s - 1) == 'H';
            DeleteIf(ref word, s, afterDiaeresis || (before != '\0' && before is not ('a' or 'i' or 'o' or 'u' or 'è' or 's')));
        }
        if (word.Length < word.PV) return;
        if (!ResidualSuffixes.Find(word, floor: word.PV, out var start, out var rule)) return;
        switch (rule)
        {
            case ResidualRule.Ion:
                DeleteIf(ref word, start, word.InR2(start) && word.Before(start, floor: word.PV) is 's' or 't');
                break;
            case ResidualRule.Ier:
                word.ReplaceTail(start, "i");
                break;
            default: // ResidualRule.E
                word.Truncate(start);
                break;
        }
    }

    /// <summary>Step 5: "-enn", "-onn", "-ett", "-ell", "-eill" lose their last letter.</summary>
    private static void UnDouble(ref Word word)
    {
        if (word.EndsWith("enn") || word.EndsWith("onn") || word.EndsWith("ett") || word.EndsWith("ell") || word.EndsWith("eill"))
            word.Truncate(word.Length - 1);
    }

    /// <summary>Step 6: an é or è followed only by non-vowels at the end becomes e ("fidèl" → "fidel").</summary>
    private static void UnAccent(ref Word word)
    {
        var i = word.Length;
        while (i > 0 && !IsVowel(word.Chars[i - 1])) i--;
        if (i == word.Length || i == 0) return;
        if (word.Chars[i - 1] is 'é' or 'è') word.Chars[i - 1] = 'e';
    }

    private static bool IsConsonant(char c) => c != '\0' && !IsVowel(c);

    private static bool DeleteIf(ref Word word, int start, bool condition)
    {
        if (condition) word.Truncate(start);
        return condition;
    }

    private static bool ReplaceIf(ref Word word, int start, bool condition, string replacement)
    {
        if (condition) word.ReplaceTail(start, replacement);
        return condition;
    }

    /// <summary>The last <paramref name="length"/> letters are deleted if in R2, else replaced.</summary>
    private static void DeleteInR2OrReplace(ref Word word, int length, string replacement)
    {
        var start = word.Length - length;
        if (!DeleteIf(ref word, start, word.InR2(start))) word.ReplaceTail(start, replacement);
    }

    private static IEnumerable<(string, TRule)> Rule<TRule>(TRule rule, params string[] suffixes) =>
        suffixes.Select(s => (s, rule));

    /// <summary>Suffixes with their rule, found as Snowball's "among" finds them.</summary>
    private sealed class SuffixList<TRule>
    {
        // Bucketed by last letter (all are Latin-1), longest first, so a lookup tries few entries.
        private readonly (string Text, TRule Rule)[][] _byLastChar = new (string, TRule)[256][];

        public SuffixList(params IEnumerable<(string Text, TRule Rule)>[] groups)
        {
            var all = groups.SelectMany(g => g).OrderByDescending(s => s.Text.Length).ToArray();
            for (var c = 0; c < _byLastChar.Length; c++) _byLastChar[c] = all.Where(s => s.Text[^1] == c).ToArray();
        }

        /// <summary>The longest listed suffix that ends the word and starts at or after <paramref name="floor"/>.</summary>
        public bool Find(in Word word, int floor, out int start, out TRule rule)
        {
            if (word.Length > 0 && word.Chars[word.Length - 1] is var last && last < 256)
            {
                foreach (var (text, r) in _byLastChar[last])
                {
                    if (!word.EndsWith(text, floor)) continue;
                    start = word.Length - text.Length;
                    rule = r;
                    return true;
                }
            }
            start = -1;
            rule = default!;
            return false;
        }
    }
}
