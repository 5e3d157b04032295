using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>Resolved absolute paths of the data, content and search-index folders.</summary>
public sealed class AppPaths
{
    public AppPaths(IOptions<KnowledgeBaseOptions> options, IHostEnvironment environment)
    {
        var o = options.Value;
        var root = environment.ContentRootPath;
        DataFolder = Path.GetFullPath(Path.Combine(root, o.DataPath));
        ContentFolder = o.ContentPath is { Length: > 0 } content
            ? Path.GetFullPath(Path.Combine(root, content))
            : FindAbove(root, "content", "taxonomy") ?? Path.Combine(root, "content");
        SearchIndexFolder = o.SearchIndexPath is { Length: > 0 } index
            ? Path.GetFullPath(Path.Combine(root, index))
            : FindAbove(root, "search-index", "README.md") ?? Path.Combine(DataFolder, "search-index");
    }

    public string DataFolder { get; }
    public string ContentFolder { get; }
    public string SearchIndexFolder { get; }

    // `dotnet run --project src/KnowledgeBase.Web` runs from the project folder; the repository's
    // content/ and search-index/ are two levels up. Walk up rather than hard-code the depth.
    private static string? FindAbove(string start, string folder, string marker)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (Path.Exists(Path.Combine(candidate, marker))) return candidate;
        }
        return null;
    }
}
