using System.Text.Json;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;

namespace KnowledgeBase.Core.Tests.Content;

/// <summary>What the exporter writes reads back as the same write-up, whatever its text holds.</summary>
public class InitiativeFileWriterTests
{
    private static InitiativeFile Tricky() => new()
    {
        Slug = "fiche-piegee",
        IsExample = true,
        EvidenceLevel = EvidenceLevel.Proven,
        PublishedAt = new DateTime(2025, 1, 31, 0, 0, 0, DateTimeKind.Utc),
        Content = new InitiativeContent
        {
            Title = "« Yes » : no, null, ~, 84, #1, - tiret, 'apostrophe' et \"guillemets\"",
            Summary = "Ligne un : deux.\nLigne deux,  avec deux espaces et une tabulation\t; fin.",
            Themes = ["logement", "jeunesse"],
            Publics = ["jeunes-16-25"],
            Keywords = ["a, b", "[crochets]", "{accolades}", "yes", "01", "2A", "é: è", "  espaces  "],
            Territory = new Territory { Scope = "commune", RegionCode = "84", DepartementCode = "01", Commune = "Saint-Denis: centre", Type = "urbain" },
            LeadOrganisation = new Organisation { Name = "CCAS – « Ville » & Co", Type = "commune-ccas" },
            Partners = [new Partner { Name = "@association", Type = "association", Role = "= rôle : pivot" }, new Partner { Name = "Sans rôle", Type = "autre" }],
            StartYear = 2019,
            EndYear = 2024,
            Stage = "termine",
            BudgetRange = "50k-200k",
            Funders = ["État (DDETS)", "Conseil départemental"],
            PeopleReached = 0,
            Contact = new Contact { Name = "Awa Diallo", Role = "Cheffe de projet", Email = "awa@example.org" },
            Links = [new Link { Title = "Bilan : 2024", Url = "https://example.org/bilan?a=1&b=2#x" }],
            Authors = ["Awa Diallo", "O'Brien"],
            Sections = new Sections
            {
                Context = "Des **besoins**.\n\n- une liste\n- deux",
                Objectives = "Objectifs.\n### Sous-titre\nSuite.",
                Actions = "```\n## dans un bloc de code\n```\nFin.",
                Results = "Résultats : 40 familles.",
                Transferability = "---\nUne ligne de tirets au début.",
            },
        },
    };

    [Fact]
    public void What_is_written_reads_back_field_by_field()
    {
        var file = Tricky();
        var text = InitiativeFileWriter.Write(file, withContactEmail: true);
        var (read, problems) = InitiativeFile.Parse("fiche-piegee.md", text);
        Assert.Empty(problems);
        var expected = file.Content;
        // The only change an export makes: a level-2 heading inside a section goes one level down.
        expected.Sections.Actions = "```\n### dans un bloc de code\n```\nFin.";
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(read!.Content));
        Assert.Equal(file.IsExample, read.IsExample);
        Assert.Equal(file.EvidenceLevel, read.EvidenceLevel);
        Assert.Equal(file.PublishedAt, read.PublishedAt);
        Assert.Equal(text, InitiativeFileWriter.Write(read, withContactEmail: true));
    }

    [Fact]
    public void The_contact_email_is_left_out_unless_asked_for()
    {
        var text = InitiativeFileWriter.Write(Tricky());
        Assert.DoesNotContain("awa@example.org", text);
        Assert.Contains("name: Awa Diallo", text);
        var (read, _) = InitiativeFile.Parse("fiche-piegee.md", text);
        Assert.Null(read!.Content.Contact.Email);
    }

    [Fact]
    public void It_looks_like_the_hand_written_files()
    {
        var text = InitiativeFileWriter.Write(Tricky());
        Assert.StartsWith("---\nexample: true\nslug: fiche-piegee\n", text);
        Assert.Contains("\nthemes: [logement, jeunesse]\n", text);
        Assert.Contains("\n  region: \"84\"\n", text);
        Assert.Contains("\npublished: 2025-01-31\n---\n\n## Contexte et besoins\n\nDes **besoins**.", text);
        Assert.EndsWith("Une ligne de tirets au début.\n", text);
    }
}
