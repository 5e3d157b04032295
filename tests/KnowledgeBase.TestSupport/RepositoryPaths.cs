namespace KnowledgeBase.TestSupport;

/// <summary>Finds the repository's folders from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>How many example write-ups content/ holds (every one is valid and published on import).</summary>
    public static int ExampleWriteUps => Directory.GetFiles(Path.Combine(Content, "initiatives"), "*.md").Length;

    /// <summary>Where the tests leave what a person may want to look at (ignored by git).</summary>
    public static string Artifacts => Path.Combine(Root, "tests", ".artifacts");

    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Artifacts, "screenshots")).FullName;

    public static string Screenshot(string name) => Path.Combine(Screenshots, name + ".png");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln"))) return dir.FullName;
        throw new InvalidOperationException("KnowledgeBase.sln introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
