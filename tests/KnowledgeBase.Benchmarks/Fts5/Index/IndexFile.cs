using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>What was read from an index file at opening.</summary>
internal sealed record LoadedIndex(
    IndexHealth Health,
    string? Stamp,
    long Checkpoint,
    DocumentCatalog Catalog,
    Vocabulary Vocabulary,
    string? Problem);

/// <summary>Creating, checking, loading and removing the index file.</summary>
internal static class IndexFile
{
    public static void Create(string path, string stamp, bool bulk)
    {
        Remove(path);
        using var connection = new SqliteConnection(IndexSchema.ConnectionString(path));
        connection.Open();
        IndexSchema.Create(connection, stamp, bulk);
    }

    /// <summary>Reads the stamp, checkpoint, catalog and vocabulary; never throws on a bad file.</summary>
    public static LoadedIndex Load(string path, string expectedStamp)
    {
        try
        {
            using var connection = new SqliteConnection(IndexSchema.ConnectionString(path));
            connection.Open();
            var stamp = IndexSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'stamp'") as string;
            var checkpoint = long.Parse(IndexSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'checkpoint'") as string ?? "0");
            // Touching the FTS5 structure record catches a damaged full-text index early.
            IndexSchema.Scalar(connection, "SELECT count(*) FROM fts WHERE fts MATCH '\"kbprobe\"'");
            var catalog = LoadCatalog(connection);
            var vocabulary = LoadVocabulary(connection);
            var health = stamp == expectedStamp ? IndexHealth.Healthy : IndexHealth.VersionMismatch;
            var problem = health == IndexHealth.Healthy ? null : $"Index built with {stamp ?? "an unknown version"}, expected {expectedStamp}.";
            return new LoadedIndex(health, stamp, checkpoint, catalog, vocabulary, problem);
        }
        catch (Exception e) when (e is SqliteException or FormatException or InvalidDataException or OverflowException or IOException or InvalidCastException)
        {
            SqliteConnection.ClearAllPools();
            return new LoadedIndex(IndexHealth.Corrupt, null, 0, new DocumentCatalog(), new Vocabulary(), e.Message);
        }
    }

    public static long Size(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    public static void Remove(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
    }

    private static DocumentCatalog LoadCatalog(SqliteConnection connection)
    {
        var catalog = new DocumentCatalog();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ordinal, facet, value FROM facet_values ORDER BY ordinal";
        using (var values = command.ExecuteReader())
            while (values.Read()) catalog.AddValue((int)values.GetInt64(0), values.GetString(1), values.GetString(2));
        command.CommandText = "SELECT slot, id, published, facets, head FROM docs";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            catalog.Set((int)reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
                SortedIntegers.Decode(Blob(reader, 3)), SortedIntegers.Decode(Blob(reader, 4)), []);
        return catalog;
    }

    // An empty blob may read back as NULL.
    private static byte[] Blob(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? [] : (byte[])reader.GetValue(column);

    private static Vocabulary LoadVocabulary(SqliteConnection connection)
    {
        var vocabulary = new Vocabulary();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT word, stem, docs FROM words";
        using var reader = command.ExecuteReader();
        while (reader.Read()) vocabulary.Change(reader.GetString(0), reader.GetString(1), (int)reader.GetInt64(2));
        reader.Close();
        command.CommandText = "SELECT id, term FROM stems";
        using var stems = command.ExecuteReader();
        while (stems.Read()) vocabulary.AddStemId(stems.GetString(1), (int)stems.GetInt64(0));
        return vocabulary;
    }
}
