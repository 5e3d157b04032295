namespace KnowledgeBase.Benchmarks.Fts5.Analysis;

/// <summary>
/// One indexable term produced by an analyzer, with where it came from in the original text
/// so that excerpts can be highlighted on the text as written (accents and inflections intact).
/// </summary>
/// <param name="Term">The normalised term (lower-cased, stemmed, accents folded).</param>
/// <param name="Start">Offset of the first character of the source word in the original text.</param>
/// <param name="Length">Length of the source word in the original text.</param>
/// <param name="Position">Ordinal of the word in the text, counting removed stop words, so phrases keep their gaps.</param>
public readonly record struct Token(string Term, int Start, int Length, int Position);
