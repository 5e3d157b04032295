namespace KnowledgeBase.Search.Tests.Analysis;

/// <summary>
/// Finds data files that live outside the test output: the repository's <c>content/</c> and the
/// <c>shared/</c> folder cloned beside the repository. Missing data is an error, never a skip.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>
    /// Walks up from the test binaries to the first folder holding <paramref name="relativePath"/>,
    /// either directly or in a sibling of an ancestor (<c>&lt;repo&gt;/../shared</c>).
    /// </summary>
    public static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
            if (dir.Parent is not null)
            {
                var beside = Path.Combine(dir.Parent.FullName, relativePath);
                if (Directory.Exists(beside) || File.Exists(beside)) return beside;
            }
        }
        throw new FileNotFoundException(
            $"'{relativePath}' was not found above {AppContext.BaseDirectory} nor beside any of its ancestors.");
    }
}
