using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KnowledgeBase.Web.Tests.Localization;

/// <summary>
/// Every text the site shows through the localizer has its English translation: the literals
/// of the views and of the web's code (`T["…"]`), and the French labels Core hands to the
/// views to translate (the section headings, the rows of the revision comparison).
/// </summary>
public class ResourcesTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web");
    private static readonly string Core = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Core");

    private static readonly HashSet<string> English = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.en.resx"))
        .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void Every_literal_text_of_the_views_has_an_english_entry() =>
        AssertTranslated(Texts(Directory.GetFiles(Path.Combine(Web, "Features"), "*.cshtml", SearchOption.AllDirectories), Localized), 100);

    [Fact]
    public void Every_literal_text_the_web_code_localizes_has_an_english_entry() =>
        AssertTranslated(Texts(Directory.GetFiles(Web, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")), Localized), 50);

    [Fact]
    public void The_labels_core_gives_the_views_have_an_english_entry() => AssertTranslated(
        Texts([Path.Combine(Core, "Content", "SectionHeadings.cs")], new(@"new\(""[a-z-]+"", ""([^""]+)""")).Concat(
        Texts([Path.Combine(Core, "Initiatives", "RevisionComparison.cs")], new(@"yield return \(""([^""]+)"""))).ToList(), 20);

    private static readonly Regex Localized = new("T\\[\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static List<(string File, string Key)> Texts(IEnumerable<string> files, Regex pattern) =>
        [.. files.SelectMany(f => pattern.Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))];

    private static void AssertTranslated(List<(string File, string Key)> used, int atLeast)
    {
        Assert.True(used.Count > atLeast, $"{used.Count} textes trouvés seulement");
        var missing = used.Where(u => !English.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Sans traduction anglaise :\n" + string.Join("\n", missing));
    }
}
