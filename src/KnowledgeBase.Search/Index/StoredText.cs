using System.IO.Compression;
using System.Text;

namespace KnowledgeBase.Search.Index;

/// <summary>
/// What a result shows, kept in the index as one zlib-compressed binary doc value per write-up:
/// reading a page of results is twenty small reads, with no compressed block of other
/// write-ups to go through (Lucene's stored fields decompress 16 KB blocks).
/// </summary>
/// <remarks>
/// Measured on the 48 example write-ups: zlib level 6 keeps 41% of the bytes, Brotli quality 3
/// 42% and quality 5 40%; zlib also decodes about a third faster (12 µs a write-up of the
/// benchmark corpus, against 16), and results decode twenty of them per search.
/// </remarks>
internal sealed record StoredText(string Slug, string Title, string Summary, string Tags, string Body)
{
    private const int Level = 6;

    public byte[] Compress()
    {
        var raw = new MemoryStream();
        using (var writer = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var text in (string[])[Slug, Title, Summary, Tags, Body]) writer.Write(text);
        }
        var compressed = new MemoryStream();
        using (var writer = new BinaryWriter(compressed, Encoding.UTF8, leaveOpen: true)) writer.Write7BitEncodedInt((int)raw.Length);
        using (var zlib = new ZLibStream(compressed, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
            zlib.Write(raw.GetBuffer(), 0, (int)raw.Length);
        return compressed.ToArray();
    }

    /// <summary>Reads back what <see cref="Compress"/> wrote; throws <see cref="InvalidDataException"/> on damage.</summary>
    public static StoredText Decompress(byte[] bytes, int offset, int length)
    {
        try
        {
            using var input = new MemoryStream(bytes, offset, length, writable: false);
            var size = new BinaryReader(input).Read7BitEncodedInt();
            if (size < 0 || size > 64 * 1024 * 1024) throw new InvalidDataException("A stored text of the search index is damaged.");
            var raw = new byte[size];
            using (var zlib = new ZLibStream(input, CompressionMode.Decompress)) zlib.ReadExactly(raw);
            using var reader = new BinaryReader(new MemoryStream(raw), Encoding.UTF8);
            return new StoredText(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            throw new InvalidDataException("A stored text of the search index is damaged.", e);
        }
    }
}
