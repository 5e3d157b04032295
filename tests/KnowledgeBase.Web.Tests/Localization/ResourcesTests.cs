using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KnowledgeBase.Web.Tests.Localization;

/// <summary>Every text a view shows through the localizer has its English translation.</summary>
public class ResourcesTests
{
    [Fact]
    public void Every_literal_text_of_the_views_has_an_english_entry()
    {
        var web = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web");
        var english = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var used = Directory.GetFiles(Path.Combine(web, "Features"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "T\\[\"((?:[^\"\\\\]|\\\\.)*)\"").Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.True(used.Count > 100);
        var missing = used.Where(u => !english.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Sans traduction anglaise :\n" + string.Join("\n", missing));
    }
}
