namespace KnowledgeBase.Web.Hosting;

/// <summary>The "KnowledgeBase" configuration section: where data, content and the index live.</summary>
public sealed class KnowledgeBaseOptions
{
    /// <summary>Folder of the SQLite database and other local data (relative to the content root).</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>The content/ folder to import; empty means: the nearest "content" folder above the app.</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>This node's search index folder; empty means: the repository's search-index/ folder, else DataPath/search-index.</summary>
    public string SearchIndexPath { get; set; } = "";

    /// <summary>This web node's name on the status page and in work leases; empty means the machine name.</summary>
    public string NodeName { get; set; } = "";

    /// <summary>Import content/ when the database holds no taxonomy yet.</summary>
    public bool ImportContentOnFirstStart { get; set; } = true;
}
