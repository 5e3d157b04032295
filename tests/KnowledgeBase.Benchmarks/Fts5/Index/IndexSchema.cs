using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>Tables of the index file and the connection settings they are used with.</summary>
internal static class IndexSchema
{
    /// <summary>Bumped whenever the tables or their encoding change; part of the version stamp.</summary>
    public const string Version = "kb-fts5-3";

    public const string FileName = "search.db";

    // FTS5 weights of title, summary, tags (keywords and organisations) and body, in column order.
    public const string Bm25 = "bm25(fts, 10.0, 5.0, 3.0, 1.0)";

    // Ids are unique through the in-memory catalog, which maps each id to one slot; an index
    // on docs.id would only add size. Facet values and head terms are stored as varint ordinals.
    // The FTS5 table is contentless (the original texts live compressed in "texts") and receives
    // analyzed terms separated by spaces, which the "ascii" tokenizer splits back unchanged.
    // contentless_delete lets a row be deleted by rowid alone. (columnsize=0 would make bm25
    // 3-4x faster but breaks its length normalisation on contentless tables: scores invert.)
    private const string Tables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE docs(slot INTEGER PRIMARY KEY, id INTEGER NOT NULL, published INTEGER NOT NULL, facets BLOB NOT NULL, head BLOB NOT NULL);
        CREATE TABLE facet_values(ordinal INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL);
        CREATE TABLE stems(id INTEGER PRIMARY KEY, term TEXT NOT NULL);
        CREATE TABLE texts(slot INTEGER PRIMARY KEY, blob BLOB NOT NULL);
        CREATE TABLE words(word TEXT PRIMARY KEY, stem TEXT NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts USING fts5(title, summary, tags, body,
            content='', contentless_delete=1, detail=full, tokenize='ascii');
        """;

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();

    public static void Create(SqliteConnection connection, string stamp, bool bulk)
    {
        // 16 KiB pages pack the ~1.7 KB compressed texts with little slack (4 KiB pages held only
        // two, wasting a fifth of the file), and FTS5 leaves are sized to match. Incremental
        // auto-vacuum lets a rebuild hand back the ~15 MB its final FTS5 merge frees.
        // WAL lets searches read while one writer commits.
        Execute(connection, "PRAGMA page_size = 16384");
        Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL");
        Execute(connection, bulk ? "PRAGMA journal_mode = OFF" : "PRAGMA journal_mode = WAL");
        Execute(connection, Tables);
        Execute(connection, "INSERT INTO fts(fts, rank) VALUES ('pgsz', 16000)");
        Execute(connection, "INSERT INTO meta(key, value) VALUES ('stamp', $v), ('checkpoint', '0')", ("$v", stamp));
    }

    public static void ConfigureWriter(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA synchronous = NORMAL");
        // Without a limit the write-ahead log keeps the size of the largest batch ever written.
        Execute(connection, "PRAGMA journal_size_limit = 16777216");
        Execute(connection, "PRAGMA busy_timeout = 5000");
    }

    public static void ConfigureReader(SqliteConnection connection)
    {
        // Memory-mapped reads avoid copying hot FTS5 pages into SQLite's own cache.
        Execute(connection, "PRAGMA mmap_size = 1073741824");
        Execute(connection, "PRAGMA busy_timeout = 5000");
        Execute(connection, "PRAGMA query_only = 1");
    }

    public static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
