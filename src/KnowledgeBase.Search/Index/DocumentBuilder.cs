using KnowledgeBase.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// Turns an <see cref="IndexDocument"/> into a Lucene document (fields in <see cref="IndexSchema"/>).
/// Each text is analyzed once; thread-safe, so a rebuild prepares documents on every core.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly IndexAnalyzer analyzer = new();

    public Document Build(IndexDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // What is analyzed is also what is stored, so that excerpts find the words where the offsets say.
        var titleText = Composition.Composed(source.Title ?? "");
        var summaryText = Composition.Composed(source.Summary ?? "");
        var bodyText = Composition.Composed(source.Body ?? "");
        var tagTexts = Tags(source);
        var title = AnalyzedValue.Of(analyzer, titleText);
        var summary = AnalyzedValue.Of(analyzer, summaryText);
        var tags = tagTexts.Select(t => AnalyzedValue.Of(analyzer, t)).ToList();
        var body = AnalyzedValue.Of(analyzer, bodyText);

        var document = new Document
        {
            new StringField(IndexSchema.Key, source.Key.Term, Field.Store.NO),
            new StringField(IndexSchema.Kind, IndexSchema.KindTerm(source.Kind), Field.Store.NO),
            new NumericDocValuesField(IndexSchema.Kind, (long)source.Kind),
            new NumericDocValuesField(IndexSchema.Id, source.Id),
            new NumericDocValuesField(IndexSchema.Published, source.PublishedAt.UtcTicks),
        };
        List<(AnalyzedValue, int)> weighted = [(title, IndexSchema.TitleWeight), (summary, IndexSchema.SummaryWeight)];
        weighted.AddRange(tags.Select(t => (t, IndexSchema.TagWeight)));
        weighted.Add((body, IndexSchema.BodyWeight));
        document.Add(new Field(IndexSchema.Text, new WeightedTokenStream(weighted), IndexSchema.TextType));

        var vocabulary = new DocumentVocabulary();
        vocabulary.Add(title, titleText);
        vocabulary.Add(summary, summaryText);
        for (var i = 0; i < tags.Count; i++) vocabulary.Add(tags[i], tagTexts[i]);
        vocabulary.Add(body, bodyText);
        document.Add(new Field(IndexSchema.Words, new TermListTokenStream(vocabulary.Words), IndexSchema.VocabularyType));
        document.Add(new Field(IndexSchema.Forms, new TermListTokenStream(vocabulary.Forms), IndexSchema.VocabularyType));

        var stored = new StoredText(source.Slug ?? "", titleText, summaryText, string.Join(" · ", tagTexts), bodyText);
        document.Add(new BinaryDocValuesField(IndexSchema.Stored, new BytesRef(stored.Compress())));

        foreach (var (facet, values) in source.Facets ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (string.IsNullOrEmpty(facet) || values is null) continue;
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal))
                document.Add(new SortedSetDocValuesField(IndexSchema.FacetField(facet), new BytesRef(value)));
        }
        return document;
    }

    /// <summary>Keywords, organisations and places: searched with the same weight, shown as one line.</summary>
    private static List<string> Tags(IndexDocument source) =>
        [.. new[] { source.Keywords, source.Organisations, source.Places }
            .SelectMany(values => values ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(Composition.Composed)];
}
