using System.Text;
using KnowledgeBase.Web.Tests.Content;

namespace KnowledgeBase.Web.Tests.OpenData;

/// <summary>A site with more write-ups than the search serves at once, some written to attack a spreadsheet.</summary>
public sealed class ManyWriteUpsSite() : SiteFactory(Core.Data.DatabaseProvider.Sqlite, ManyWriteUps.Make());

public static class ManyWriteUps
{
    public const int Extra = 130;

    /// <summary>content/ with <see cref="Extra"/> generated write-ups about "jardins partagés", the first ones with hostile titles.</summary>
    public static string Make()
    {
        var folder = ContentCopy.Make();
        foreach (var broken in new[] { "yaml-casse", "titre-manquant", "sans-en-tete", "departement-hors-region" })
            File.Delete(Path.Combine(folder, "initiatives", broken + ".md"));
        var template = File.ReadAllText(Path.Combine(folder, "initiatives", "dernier-ecrou.md"));
        string[] hostile = ["=HYPERLINK(\"https://piege.example\";\"clic\")", "+33 6 00 00 00 00", "-2+3", "@SUM(1;2)", "Sans danger", "Titre ; avec \"guillemets\" et ; encore"];
        for (var i = 0; i < Extra; i++)
        {
            var slug = $"jardin-partage-{i:D3}";
            var title = i < hostile.Length ? hostile[i] : $"Jardin partagé numéro {i}";
            var text = System.Text.RegularExpressions.Regex.Replace(template, @"(?m)^slug: .*$", "slug: " + slug);
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^title: .*$", "title: " + System.Text.Json.JsonSerializer.Serialize(title));
            // A title is one line; a summary may hold a line break, which the CSV must quote.
            if (i == hostile.Length - 1)
                text = System.Text.RegularExpressions.Regex.Replace(text, @"(?ms)^summary: >-\n.*?(?=^themes:)", "summary: \"Résumé ; avec \\\"guillemets\\\" et\\nretour\"\n");
            text = text.Replace("## Contexte et besoins\n", "## Contexte et besoins\n\nUn jardins partagés pour le quartier.\n");
            File.WriteAllText(Path.Combine(folder, "initiatives", slug + ".md"), text, new UTF8Encoding(false));
        }
        return folder;
    }
}

/// <summary>/recherche.csv holds every match (not only the page), neutralises formulas and quotes as RFC 4180 says.</summary>
public sealed class SearchCsvTests(ManyWriteUpsSite site) : IClassFixture<ManyWriteUpsSite>, IAsyncLifetime
{
    private readonly HttpClient client = site.CreateClient();

    public Task InitializeAsync() => Eventually.IndexCaughtUp(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_match_is_a_row_in_the_search_order()
    {
        var (_, page) = await Html.Get(client, "/recherche?q=jardins&sort=date");
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(page.QuerySelector(".result-count")!.TextContent, @"\d+").Value);
        // The generated write-ups, and any example that speaks of gardens too.
        Assert.InRange(total, ManyWriteUps.Extra, ManyWriteUps.Extra + RepositoryPaths.ExampleWriteUps);
        var href = page.QuerySelector("a[href^='/recherche.csv']")!.GetAttribute("href")!;
        Assert.Equal("/recherche.csv?q=jardins", href);
        var csv = await CsvFiles.Get(client, href + "&sort=date");
        Assert.Equal(["Fiche", "Titre", "Résumé", "Adresse", "Thématiques", "Publics", "Région", "Département", "Type de structure porteuse", "Stade", "Niveau de preuve", "Publiée le"], csv[0]);
        Assert.Equal(total + 1, csv.Count);
        Assert.Equal(total, csv.Skip(1).Select(r => r[0]).Distinct().Count());
        // The page's hits are the CSV's first rows, in the same order.
        var shown = page.QuerySelectorAll(".search-hit h3 a").Select(a => a.GetAttribute("href")![13..]).ToList();
        Assert.Equal(20, shown.Count);
        Assert.Equal(shown, csv.Skip(1).Take(20).Select(r => r[0]));
        var row = csv.Single(r => r[0] == "jardin-partage-042");
        Assert.Equal("Jardin partagé numéro 42", row[1]);
        Assert.EndsWith("/initiatives/jardin-partage-042", row[3]);
        Assert.Contains("Justice", row[4]);

        var all = await CsvFiles.Get(client, "/recherche.csv");
        Assert.Equal(ManyWriteUps.Extra + RepositoryPaths.ExampleWriteUps + 1, all.Count);
        var filtered = await CsvFiles.Get(client, "/recherche.csv?theme=logement&q=jardins");
        var (_, filteredPage) = await Html.Get(client, "/recherche?theme=logement&q=jardins");
        var filteredTotal = int.Parse(System.Text.RegularExpressions.Regex.Match(filteredPage.QuerySelector(".result-count")!.TextContent, @"\d+").Value);
        Assert.InRange(filteredTotal, ManyWriteUps.Extra, total); // the template has the housing theme
        Assert.Equal(filteredTotal + 1, filtered.Count);
    }

    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_are_neutralised()
    {
        var response = await client.GetAsync("/recherche.csv?q=jardins");
        var raw = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var rows = CsvFiles.Parse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(raw.TrimStart('\uFEFF'))).ToArray());
        string Title(string slug) => rows.Single(r => r[0] == slug)[1];
        Assert.Equal("'=HYPERLINK(\"https://piege.example\";\"clic\")", Title("jardin-partage-000"));
        Assert.Equal("'+33 6 00 00 00 00", Title("jardin-partage-001"));
        Assert.Equal("'-2+3", Title("jardin-partage-002"));
        Assert.Equal("'@SUM(1;2)", Title("jardin-partage-003"));
        Assert.Equal("Sans danger", Title("jardin-partage-004"));
        Assert.Equal("Titre ; avec \"guillemets\" et ; encore", Title("jardin-partage-005"));
        // RFC 4180: a field with ";", quotes and a line break is quoted, its quotes doubled.
        Assert.Contains("\"Résumé ; avec \"\"guillemets\"\" et\nretour\"", raw);
        Assert.Contains("\r\n", raw);
        Assert.DoesNotContain(";=HYPERLINK", raw);
    }

    [Fact]
    public void Tabs_and_carriage_returns_at_the_start_of_a_cell_are_neutralised_too()
    {
        // Titles are trimmed on the way in; the writer's own settings are checked here (CsvHelper's default list lacks "\r").
        using var stream = new MemoryStream();
        using (var csv = CsvHelper.CsvWriter.Create(stream, Web.Features.Shared.CsvDownload.Options, leaveOpen: true))
        {
            csv.WriteRecord(["\tTabulation", "\rRetour", "=1+1", "ordinaire"]);
            csv.Flush();
        }
        var row = CsvFiles.Parse(stream.ToArray()).Single();
        Assert.Equal(["'\tTabulation", "'\rRetour", "'=1+1", "ordinaire"], row);
    }
}
