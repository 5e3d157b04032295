using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace KnowledgeBase.Benchmarks.Fts5.Index;

/// <summary>
/// The original texts of a document, kept compressed in the index: they are shown on results
/// pages, highlighted in excerpts, and re-analyzed to update the vocabulary's document counts
/// when the document is replaced or deleted.
/// </summary>
internal sealed record StoredText(
    string Slug,
    string Title,
    string Summary,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Organisations,
    string Body)
{
    // Brotli quality 2: ~2.5x smaller than UTF-8 for prose at ~45 µs a write-up; qualities 5-9
    // gain under 5% for 3-10x the time, which the rebuild rate cannot afford.
    private const int Quality = 2;
    private const int Window = 22;

    public static StoredText From(IndexDocument document) => new(
        Clean(document.Slug), Clean(document.Title), Clean(document.Summary),
        document.Keywords.Select(Clean).ToArray(), document.Organisations.Select(Clean).ToArray(),
        Clean(document.Body));

    /// <summary>Keywords and organisations, indexed together as one field.</summary>
    public string Tags => string.Join(" \n ", Keywords.Concat(Organisations));

    public byte[] Compress()
    {
        using var raw = new MemoryStream();
        using (var writer = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Slug);
            writer.Write(Title);
            writer.Write(Summary);
            WriteList(writer, Keywords);
            WriteList(writer, Organisations);
            writer.Write(Body);
        }
        var source = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(source.Length) + 4);
        try
        {
            // The uncompressed length comes first so that decompression is one call into a buffer.
            BinaryPrimitives.WriteInt32LittleEndian(buffer, source.Length);
            if (!BrotliEncoder.TryCompress(source, buffer.AsSpan(4), out var written, Quality, Window))
                throw new InvalidOperationException("Brotli buffer too small.");
            return buffer.AsSpan(0, written + 4).ToArray();
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    public static StoredText Decompress(byte[] blob)
    {
        var length = blob.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(blob) : -1;
        if (length < 0 || length > 64 * 1024 * 1024) throw new InvalidDataException("Stored text header is damaged.");
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(blob.AsSpan(4), buffer, out var written) || written != length)
                throw new InvalidDataException("Stored text is damaged.");
            using var reader = new BinaryReader(new MemoryStream(buffer, 0, length), Encoding.UTF8);
            return new StoredText(reader.ReadString(), reader.ReadString(), reader.ReadString(),
                ReadList(reader), ReadList(reader), reader.ReadString());
        }
        catch (EndOfStreamException e) { throw new InvalidDataException("Stored text is truncated.", e); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>
    /// Replaces unpaired surrogates, which UTF-8 storage would alter, so that the text analyzed
    /// at indexing is exactly the text re-analyzed at deletion and highlighted in excerpts.
    /// </summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        foreach (var c in text)
            if (char.IsSurrogate(c)) return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        return text;
    }

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items) writer.Write(item);
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var items = new string[reader.ReadInt32()];
        for (var i = 0; i < items.Length; i++) items[i] = reader.ReadString();
        return items;
    }
}
