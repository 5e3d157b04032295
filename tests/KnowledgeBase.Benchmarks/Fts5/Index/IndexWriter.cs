using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// The single writing connection of an index file, with its prepared statements. Batches
/// started here write documents, words and checkpoint in one SQLite transaction.
/// </summary>
internal sealed class IndexWriter : IDisposable
{
    private const string FtsColumns = "title, summary, tags, body";

    public IndexWriter(SqliteConnection connection, DocumentAnalysis analysis, int firstFreeSlot)
    {
        Connection = connection;
        Analysis = analysis;
        NextSlot = firstFreeSlot;
        InsertDoc = Prepare("INSERT OR REPLACE INTO docs(slot, id, published, facets, head) VALUES ($slot, $id, $published, $facets, $head)", "$slot", "$id", "$published", "$facets", "$head");
        InsertText = Prepare("INSERT OR REPLACE INTO texts(slot, blob) VALUES ($slot, $blob)", "$slot", "$blob");
        InsertFts = Prepare($"INSERT INTO fts(rowid, {FtsColumns}) VALUES ($slot, $t, $s, $k, $b)", "$slot", "$t", "$s", "$k", "$b");
        DeleteFts = Prepare("DELETE FROM fts WHERE rowid = $slot", "$slot");
        DeleteDoc = Prepare("DELETE FROM docs WHERE slot = $slot", "$slot");
        DeleteText = Prepare("DELETE FROM texts WHERE slot = $slot", "$slot");
        ReadText = Prepare("SELECT blob FROM texts WHERE slot = $slot", "$slot");
        SaveWord = Prepare("INSERT INTO words(word, stem, docs) VALUES ($w, $s, $d) ON CONFLICT(word) DO UPDATE SET docs = excluded.docs", "$w", "$s", "$d");
        ForgetWord = Prepare("DELETE FROM words WHERE word = $w", "$w");
        SaveFacetValue = Prepare("INSERT INTO facet_values(ordinal, facet, value) VALUES ($o, $f, $v)", "$o", "$f", "$v");
        SaveStem = Prepare("INSERT INTO stems(id, term) VALUES ($id, $term)", "$id", "$term");
        SaveMeta = Prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ($k, $v)", "$k", "$v");
    }

    public SqliteConnection Connection { get; }

    public DocumentAnalysis Analysis { get; }

    /// <summary>Next slot for a new document; slots of replaced documents are kept.</summary>
    public int NextSlot { get; set; }

    internal SqliteCommand InsertDoc { get; }
    internal SqliteCommand InsertText { get; }
    internal SqliteCommand InsertFts { get; }
    internal SqliteCommand DeleteFts { get; }
    internal SqliteCommand DeleteDoc { get; }
    internal SqliteCommand DeleteText { get; }
    internal SqliteCommand ReadText { get; }
    internal SqliteCommand SaveWord { get; }
    internal SqliteCommand ForgetWord { get; }
    internal SqliteCommand SaveMeta { get; }
    internal SqliteCommand SaveStem { get; }
    internal SqliteCommand SaveFacetValue { get; }

    public WriteBatch Begin(DocumentCatalog catalog, Vocabulary vocabulary) => new(this, catalog, vocabulary);

    public static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in new[] { InsertDoc, InsertText, InsertFts, DeleteFts, DeleteDoc, DeleteText, ReadText, SaveWord, ForgetWord, SaveMeta, SaveStem, SaveFacetValue })
            command.Dispose();
        Connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }
}
