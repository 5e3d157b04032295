using KnowledgeBase.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// The fields of a write-up or dossier in the Lucene index. All searched text goes into one field,
/// <see cref="Text"/>, where the title counts four times, the summary three, keywords,
/// organisations and places twice and the body once: BM25 over that field is BM25F with these
/// weights (docs/decisions/012).
/// </summary>
internal static class IndexSchema
{
    /// <summary>Changes whenever the fields change; part of the stamp.</summary>
    public const string Version = "schema-3";

    /// <summary>
    /// Stamped in every commit (followed by the host's documents version, if any); an index with
    /// another stamp is rebuilt.
    /// </summary>
    public static string Stamp { get; } = $"{Version}/{FrenchAnalysis.Version}";

    /// <summary>Database id, a doc value (to read).</summary>
    public const string Id = "id";

    /// <summary>Kind and id as one indexed term ("w12", "d3", see <see cref="DocumentKey"/>): to replace or delete.</summary>
    public const string Key = "key";

    /// <summary>
    /// <see cref="DocumentKind"/>: an indexed term ("writeup", "dossier", to exclude a kind from
    /// a Lucene query) and a doc value (to keep a search to its kind).
    /// </summary>
    public const string Kind = "kind";

    public static string KindTerm(DocumentKind kind) => kind == DocumentKind.Dossier ? "dossier" : "writeup";

    /// <summary>Publication date, UTC ticks, a doc value.</summary>
    public const string Published = "published";

    /// <summary>The analyzed, weighted text that queries match and BM25 ranks.</summary>
    public const string Text = "text";

    /// <summary>Every word as written (lower case, no accents, unstemmed): prefixes and suggestions.</summary>
    public const string Words = "words";

    /// <summary>"term\u0001word" for each word: which written words an index term stands for.</summary>
    public const string Forms = "forms";

    public const char FormSeparator = '\u0001';

    /// <summary>What results display, compressed (<see cref="StoredText"/>), a binary doc value.</summary>
    public const string Stored = "stored";

    /// <summary>Prefix of the facet fields: one sorted-set doc value field per facet.</summary>
    public const string FacetPrefix = "facet.";

    public const int TitleWeight = 4;
    public const int SummaryWeight = 3;
    public const int TagWeight = 2;
    public const int BodyWeight = 1;

    /// <summary>Commit user data: the outbox position the index has applied.</summary>
    public const string CheckpointKey = "checkpoint";

    /// <summary>Commit user data: <see cref="Stamp"/> of the code that wrote the index.</summary>
    public const string StampKey = "stamp";

    /// <summary>Positions and frequencies for phrases and BM25; norms for length normalisation.</summary>
    public static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>Documents only: these fields are looked up, never ranked.</summary>
    public static readonly FieldType VocabularyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    public static string FacetField(string facet) => FacetPrefix + facet;

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
