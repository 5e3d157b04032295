using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>Every French text of the account and admin pages, and of the account services' messages, has its English translation.</summary>
public class AccountTextsTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web");

    [Fact]
    public void Every_account_and_admin_text_has_an_english_entry()
    {
        var english = XDocument.Load(Path.Combine(Web, "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var sources = new[] { "Features/Account", "Features/Admin" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Web, folder)))
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
            .Append(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Core", "Accounts", "AccountMessages.cs"));

        var keys = sources.SelectMany(file =>
        {
            var text = File.ReadAllText(file);
            return Regex.Matches(text, @"\bT\[""((?:[^""\\]|\\.)*)""").Concat(Regex.Matches(text, @"ErrorMessage = ""((?:[^""\\]|\\.)*)""")).Concat(file.EndsWith("AccountMessages.cs") ? Regex.Matches(text, @"public const string \w+ = ""((?:[^""\\]|\\.)*)""") : [])
                .Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value));
        }).ToList();

        Assert.True(keys.Count > 100, $"{keys.Count} textes trouvés seulement");
        var missing = keys.Where(k => !english.Contains(k.Key)).Select(k => $"{k.File}: {k.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Sans traduction anglaise :\n" + string.Join("\n", missing));
    }
}
