using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// A prepared FTS5 MATCH statement stepped through SQLitePCL directly: a search may read tens
/// of thousands of rowids, and ADO.NET's reader costs several calls per row that this avoids.
/// </summary>
internal sealed class MatchStatement : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;

    public MatchStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
    }

    /// <summary>Calls <paramref name="row"/> with the rowid and, if selected, the second column as a double.</summary>
    public void ForEach<TState>(string expression, ref TState state, RowAction<TState> row)
    {
        try
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 1, expression), connection.Handle);
            var scored = raw.sqlite3_column_count(statement) > 1;
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                row(ref state, raw.sqlite3_column_int64(statement, 0), scored ? raw.sqlite3_column_double(statement, 1) : 0);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    public void Dispose() => statement.Dispose();
}

/// <summary>What to do with one matching row.</summary>
internal delegate void RowAction<TState>(ref TState state, long rowid, double score);
