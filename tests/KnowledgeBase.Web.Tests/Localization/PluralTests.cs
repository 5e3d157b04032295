using System.Xml.Linq;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Tests.Localization;

/// <summary>Counted things are said properly ("aucune fiche", "1 fiche", "4 fiches"), never "fiche(s)", in both languages.</summary>
public sealed class PluralTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData(0, "aucune fiche")]
    [InlineData(1, "1 fiche")]
    [InlineData(4, "4 fiches")]
    public void One_entry_gives_the_form_for_none_one_and_more(int count, string expected) =>
        Assert.Equal(expected, Plural.Of(new LocalizedString("k", "aucune fiche|{0} fiche|{0} fiches"), count));

    [Fact]
    public void An_entry_without_its_three_forms_is_refused() =>
        Assert.Throws<FormatException>(() => Plural.Of(new LocalizedString("k", "{0} fiche|{0} fiches"), 2));

    [Fact]
    public void Every_counted_phrase_has_three_forms_in_both_languages_and_none_says_s_in_brackets()
    {
        var entries = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (Name: (string)d.Attribute("name")!, Value: (string)d.Element("value")!)).ToList();
        var counted = entries.Where(e => e.Name.Contains(KnowledgeBase.Core.Plural.Separator)).ToList();
        Assert.True(counted.Count >= 10);
        Assert.All(counted, e =>
        {
            Assert.Equal(3, e.Name.Split(KnowledgeBase.Core.Plural.Separator).Length);
            Assert.Equal(3, e.Value.Split(KnowledgeBase.Core.Plural.Separator).Length);
        });
        Assert.DoesNotContain(entries, e => e.Name.Contains("(s)") || e.Value.Contains("(s)") || e.Value.Contains("(es)"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/initiatives")]
    [InlineData("/recherche?q=logement")]
    [InlineData("/recherche?q=zzzintrouvable")]
    [InlineData("/observatoire")]
    [InlineData("/observatoire?theme=logement")]
    [InlineData("/territoires")]
    [InlineData("/dossiers")]
    [InlineData("/dossiers/observation-sociale-partagee")]
    public async Task Public_pages_say_their_counts_properly_in_french_and_english(string path)
    {
        var french = site.NewClient();
        var english = site.NewClient();
        await english.GetAsync("/langue?culture=en&returnUrl=%2F");
        foreach (var (client, language) in new[] { (french, "fr"), (english, "en") })
        {
            var (_, page) = await Html.Get(client, path);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            var text = page.Body!.TextContent;
            Assert.DoesNotContain("(s)", text);
            Assert.DoesNotMatch(@"\b1 (fiches|write-ups)\b", text);
        }
    }
}
