using System.Globalization;
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
        var title = AnalyzedValue.Of(analyzer, source.Title ?? "");
        var summary = AnalyzedValue.Of(analyzer, source.Summary ?? "");
        var tagTexts = Tags(source);
        var tags = tagTexts.Select(t => AnalyzedValue.Of(analyzer, t)).ToList();
        var body = AnalyzedValue.Of(analyzer, source.Body ?? "");

        var document = new Document
        {
            new StringField(IndexSchema.Id, source.Id.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new NumericDocValuesField(IndexSchema.Id, source.Id),
            new NumericDocValuesField(IndexSchema.Published, source.PublishedAt.UtcTicks),
        };
        List<(AnalyzedValue, int)> weighted = [(title, IndexSchema.TitleWeight), (summary, IndexSchema.SummaryWeight)];
        weighted.AddRange(tags.Select(t => (t, IndexSchema.TagWeight)));
        weighted.Add((body, IndexSchema.BodyWeight));
        document.Add(new Field(IndexSchema.Text, new WeightedTokenStream(weighted), IndexSchema.TextType));

        var vocabulary = new DocumentVocabulary();
        vocabulary.Add(title, source.Title ?? "");
        vocabulary.Add(summary, source.Summary ?? "");
        for (var i = 0; i < tags.Count; i++) vocabulary.Add(tags[i], tagTexts[i]);
        vocabulary.Add(body, source.Body ?? "");
        document.Add(new Field(IndexSchema.Words, new TermListTokenStream(vocabulary.Words), IndexSchema.VocabularyType));
        document.Add(new Field(IndexSchema.Forms, new TermListTokenStream(vocabulary.Forms), IndexSchema.VocabularyType));

        var stored = new StoredText(source.Slug ?? "", source.Title ?? "", source.Summary ?? "", string.Join(" · ", tagTexts), source.Body ?? "");
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
            .Where(t => !string.IsNullOrWhiteSpace(t))];
}
