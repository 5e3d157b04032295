namespace KnowledgeBase.Core.Indexing;

/// <summary>
/// Which <see cref="IndexDocuments.Version"/> built this node's index, in a small file next to
/// it. The search library stamps its own format and analyzer; this stamp covers what the host
/// puts in documents (a new facet), so that an index built before is rebuilt, not left without it.
/// </summary>
public static class DocumentsStamp
{
    public const string FileName = "documents.version";

    public static bool IsCurrent(string folder) =>
        File.Exists(Path.Combine(folder, FileName))
        && File.ReadAllText(Path.Combine(folder, FileName)).Trim() == IndexDocuments.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Written after a complete rebuild.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, FileName), IndexDocuments.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
