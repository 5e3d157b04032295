using System.Text.RegularExpressions;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Tests.Content;

/// <summary>
/// The illustrative examples of content/initiatives make a base worth browsing (issue #14): enough
/// write-ups, every theme and public several times, every région (overseas included), every stage
/// and evidence level, and the kinds of actions the source documents cite. Expectations come from
/// the taxonomy files and regions.csv, so a term added there needs its examples too.
/// </summary>
public class ExampleCoverageTests
{
    private const int MinimumWriteUps = 45;
    private const int MinimumPerThemeAndPublic = 3;

    private static IEnumerable<InitiativeFile> Examples => ExampleContent.Files.Select(f => f.File);

    [Fact]
    public void There_are_enough_write_ups_and_each_is_marked_as_an_example()
    {
        Assert.True(ExampleContent.Files.Count >= MinimumWriteUps, $"{ExampleContent.Files.Count} fiches, il en faut au moins {MinimumWriteUps}.");
        Assert.All(ExampleContent.Files, f => Assert.True(f.File.IsExample, $"{f.Name} : « example: true » manque."));
    }

    [Theory]
    [InlineData(TaxonomyKinds.Themes, MinimumPerThemeAndPublic)]
    [InlineData(TaxonomyKinds.Publics, MinimumPerThemeAndPublic)]
    [InlineData(TaxonomyKinds.Stages, 1)]
    [InlineData(TaxonomyKinds.EvidenceLevels, 1)]
    public void Every_term_of_the_vocabulary_is_illustrated(string kind, int minimum)
    {
        var terms = ExampleContent.Terms(kind);
        Assert.NotEmpty(terms);
        var counts = terms.ToDictionary(t => t.Slug, t => Examples.Count(f => Uses(f, kind, t.Slug)));
        var belowMinimum = counts.Where(c => c.Value < minimum).Select(c => $"{c.Key} ({c.Value})").ToList();
        Assert.True(belowMinimum.Count == 0, $"{kind} : moins de {minimum} fiche(s) pour {string.Join(", ", belowMinimum)}.");
    }

    [Fact]
    public void Every_region_has_at_least_one_write_up_overseas_included()
    {
        var regions = TaxonomyFiles.ReadRegions(ExampleContent.Root);
        Assert.Equal(18, regions.Count);
        var missing = regions.Where(r => !Examples.Any(f => f.Content.Territory.RegionCode == r.Code)).Select(r => $"{r.Code} {r.Name}").ToList();
        Assert.True(missing.Count == 0, "Régions sans fiche : " + string.Join(", ", missing));
    }

    /// <summary>The kinds of actions the two source documents cite (../shared/seeds), each recognised
    /// from what a visitor reads first: title, summary, keywords, publics, themes and partners.</summary>
    private static readonly Dictionary<string, Func<InitiativeFile, bool>> ActionKinds = new()
    {
        ["PLIE"] = f => Says(f, "plie", "plan local pour l'insertion et l'emploi"),
        ["SIAE et chantiers d'insertion"] = f => Says(f, "chantier d'insertion", "siae", "insertion par l'activite economique"),
        ["commissions locales d'insertion"] = f => Says(f, "commission locale d'insertion", "commissions locales d'insertion"),
        ["plates-formes RSA avec CCAS, CAF et France Travail"] = f =>
            f.Content.Publics.Contains("beneficiaires-rsa") && Says(f, "plateforme*", "plate-forme*")
            && Involves(f, "ccas", "cias") && Involves(f, "caf", "caisse d'allocations familiales") && Involves(f, "france travail"),
        ["labellisation de l'aide à domicile"] = f => Says(f, "aide a domicile") && Says(f, "label*"),
        ["formation en détention"] = f =>
            f.Content.Publics.Contains("personnes-detenues-sortants") && f.Content.Themes.Contains("formation") && Says(f, "detention", "detenu*"),
        ["aller-vers les jeunes"] = f => f.Content.Publics.Contains("jeunes-16-25") && Says(f, "aller vers", "aller-vers"),
        ["observation partagée"] = f => f.Content.Themes.Contains("gouvernance-observation") && Says(f, "observation partagee"),
    };

    public static TheoryData<string> ActionKindNames => [.. ActionKinds.Keys];

    [Theory]
    [MemberData(nameof(ActionKindNames))]
    public void Each_kind_of_action_of_the_source_documents_has_at_least_two_write_ups(string kind)
    {
        var matching = Examples.Where(ActionKinds[kind]).Select(f => f.Slug).ToList();
        Assert.True(matching.Count >= 2, $"« {kind} » : {matching.Count} fiche(s) ({string.Join(", ", matching)}).");
    }

    [Fact]
    public void No_paragraph_is_copied_from_one_write_up_to_another()
    {
        var seen = new Dictionary<string, string>();
        var copies = new List<string>();
        foreach (var (name, _, file) in ExampleContent.Files)
            foreach (var paragraph in Paragraphs(file).Distinct())
                if (!seen.TryAdd(paragraph, name)) copies.Add($"{name} reprend un paragraphe de {seen[paragraph]} : « {paragraph[..60]}… »");
        Assert.True(copies.Count == 0, string.Join("\n", copies));
    }

    [Fact]
    public void Every_section_is_written_not_left_empty()
    {
        var thin = new List<string>();
        foreach (var (name, _, file) in ExampleContent.Files)
            foreach (var section in SectionHeadings.All)
            {
                var words = Regex.Matches(section.Get(file.Content.Sections), @"\w+").Count;
                if (words < (section.Required ? 40 : 20)) thin.Add($"{name} : « {section.Heading} » ({words} mots)");
            }
        Assert.True(thin.Count == 0, string.Join("\n", thin));
    }

    [Fact]
    public void Contacts_and_links_stay_on_example_org()
    {
        Assert.All(ExampleContent.Files, f =>
        {
            var email = f.File.Content.Contact.Email;
            Assert.True(email is null || email.EndsWith("@example.org", StringComparison.Ordinal), $"{f.Name} : adresse {email}");
            foreach (var link in f.File.Content.Links)
                Assert.True(Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) && uri.Host == "example.org", $"{f.Name} : lien {link.Url}");
        });
    }

    private static bool Uses(InitiativeFile f, string kind, string slug) => kind switch
    {
        TaxonomyKinds.Themes => f.Content.Themes.Contains(slug),
        TaxonomyKinds.Publics => f.Content.Publics.Contains(slug),
        TaxonomyKinds.Stages => f.Content.Stage == slug,
        TaxonomyKinds.EvidenceLevels => f.EvidenceLevel.ToSlug() == slug,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A phrase of title, summary or keywords, as whole words ("label*" for a prefix).</summary>
    private static bool Says(InitiativeFile f, params string[] phrases) =>
        Matches(string.Join(" | ", [f.Content.Title, f.Content.Summary, .. f.Content.Keywords]), phrases);

    /// <summary>A name among the lead organisation, the partners and the funders.</summary>
    private static bool Involves(InitiativeFile f, params string[] names) =>
        Matches(string.Join(" | ", [f.Content.LeadOrganisation.Name, .. f.Content.Partners.Select(p => p.Name), .. f.Content.Funders]), names);

    private static bool Matches(string text, string[] phrases)
    {
        var normalised = ExampleContent.Normalise(text);
        return phrases.Any(p => Regex.IsMatch(normalised,
            @"(?<![\p{L}\p{N}])" + Regex.Escape(p.TrimEnd('*')) + (p.EndsWith('*') ? "" : @"(?![\p{L}\p{N}])")));
    }

    /// <summary>The summary and the sections' paragraphs long enough to be written, not set phrases.</summary>
    private static IEnumerable<string> Paragraphs(InitiativeFile f) =>
        new[] { f.Content.Summary }.Concat(SectionHeadings.All.Select(s => s.Get(f.Content.Sections)))
            .SelectMany(text => Regex.Split(text, @"\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)"))
            .Select(p => Regex.Replace(p, @"\s+", " ").Trim())
            .Where(p => p.Length >= 80 && !p.StartsWith('#'));
}
