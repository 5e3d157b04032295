using KnowledgeBase.Benchmarks.Fts5.Index;

namespace KnowledgeBase.Benchmarks.Fts5.Query;

/// <summary>Reads the stored texts of a page of hits in one statement.</summary>
internal static class StoredHits
{
    public static Dictionary<int, StoredText> Load(ReaderSession session, IReadOnlyList<int> slots)
    {
        var texts = new Dictionary<int, StoredText>(slots.Count);
        if (slots.Count == 0) return texts;
        var names = Enumerable.Range(0, slots.Count).Select(i => "$s" + i).ToArray();
        var command = session.Command($"SELECT slot, blob FROM texts WHERE slot IN ({string.Join(',', names)})");
        command.Parameters.Clear();
        for (var i = 0; i < slots.Count; i++) command.Parameters.AddWithValue(names[i], slots[i]);
        using var reader = command.ExecuteReader();
        while (reader.Read()) texts[(int)reader.GetInt64(0)] = StoredText.Decompress((byte[])reader.GetValue(1));
        return texts;
    }

    public static SearchHit ToHit(DocumentCatalog catalog, int slot, StoredText text, string excerptHtml, double score) =>
        new(catalog.IdOf(slot), text.Slug, text.Title, text.Summary, excerptHtml, score,
            new DateTimeOffset(catalog.TicksOf(slot), TimeSpan.Zero));
}
