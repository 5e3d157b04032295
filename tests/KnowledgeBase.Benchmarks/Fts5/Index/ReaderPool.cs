using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// Read connections for searches, kept open with their prepared statements: opening a
/// connection and preparing FTS5 statements would otherwise cost more than a small search.
/// </summary>
internal sealed class ReaderPool(string path) : IDisposable
{
    private const int MaxIdle = 8;
    private readonly ConcurrentBag<ReaderSession> idle = [];
    private volatile bool disposed;

    public ReaderSession Rent()
    {
        if (idle.TryTake(out var session)) return session;
        var connection = new SqliteConnection(IndexSchema.ConnectionString(path));
        connection.Open();
        IndexSchema.ConfigureReader(connection);
        return new ReaderSession(connection, this);
    }

    public void Return(ReaderSession session)
    {
        if (disposed || idle.Count >= MaxIdle) session.Close();
        else idle.Add(session);
        if (disposed) Drain();
    }

    public void Dispose()
    {
        disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (idle.TryTake(out var session)) session.Close();
    }
}

/// <summary>A rented read connection; disposing returns it to its pool.</summary>
internal sealed class ReaderSession(SqliteConnection connection, ReaderPool pool) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatchStatement> matches = new(StringComparer.Ordinal);

    /// <summary>A prepared command for <paramref name="sql"/>, reused across searches.</summary>
    public SqliteCommand Command(string sql)
    {
        if (commands.TryGetValue(sql, out var command)) return command;
        command = connection.CreateCommand();
        command.CommandText = sql;
        commands[sql] = command;
        return command;
    }

    /// <summary>Per-slot scratch for ranking, all zeros between uses (see <c>HeadScorer</c>).</summary>
    public double[] Scores { get; private set; } = [];

    /// <summary>Per-slot scratch for ranking, all zeros between uses.</summary>
    public byte[] Weights { get; private set; } = [];

    public void EnsureScratch(int slots)
    {
        if (Scores.Length < slots) Scores = new double[slots + slots / 4];
        if (Weights.Length < slots) Weights = new byte[slots + slots / 4];
    }

    /// <summary>
    /// The slots matching an FTS5 expression, as a set of <paramref name="words"/> words
    /// (see <see cref="BitSets"/>).
    /// </summary>
    public ulong[] MatchingSlots(string expression, int words)
    {
        var set = new ulong[words];
        Match("SELECT rowid FROM fts WHERE fts MATCH $q").ForEach(expression, ref set, static (ref ulong[] s, long slot, double _) =>
        {
            if (slot > 0 && slot >> 6 < s.Length) s[slot >> 6] |= 1UL << (int)(slot & 63);
        });
        return set;
    }

    /// <summary>A prepared MATCH statement for <paramref name="sql"/>, stepped without ADO.NET.</summary>
    public MatchStatement Match(string sql)
    {
        if (!matches.TryGetValue(sql, out var statement)) matches[sql] = statement = new MatchStatement(connection, sql);
        return statement;
    }

    public void Dispose() => pool.Return(this);

    internal void Close()
    {
        foreach (var statement in matches.Values) statement.Dispose();
        foreach (var command in commands.Values) command.Dispose();
        connection.Dispose();
    }
}
