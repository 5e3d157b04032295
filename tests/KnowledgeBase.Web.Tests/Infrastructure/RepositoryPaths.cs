namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>Finds the repository's folders from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>How many example write-ups content/ holds (every one is valid and published on import).</summary>
    public static int ExampleWriteUps => Directory.GetFiles(Path.Combine(Content, "initiatives"), "*.md").Length;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln"))) return dir.FullName;
        throw new InvalidOperationException("KnowledgeBase.sln introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
