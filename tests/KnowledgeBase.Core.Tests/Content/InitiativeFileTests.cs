using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Core.Tests.Content;

public class InitiativeFileTests
{
    private const string Valid = """
        ---
        example: true
        slug: essai
        title: "Essai : une fiche"
        summary: Un résumé.
        themes: [logement]
        territory:
          region: "53"
          departement: "35"
        lead_organisation:
          name: CCAS de Rennes
          type: commune-ccas
        period:
          start: 2020
        stage: etabli
        evidence: prometteur
        published: 2024-05-02
        ---
        ## Contexte et besoins
        Des **besoins**.

        ## Objectifs
        Des objectifs.
        ### Sous-titre
        Suite.
        """;

    [Fact]
    public void Reads_front_matter_and_sections()
    {
        var (file, problems) = InitiativeFile.Parse("essai.md", Valid);
        Assert.Empty(problems);
        Assert.NotNull(file);
        Assert.Equal("essai", file!.Slug);
        Assert.True(file.IsExample);
        Assert.Equal("Essai : une fiche", file.Content.Title);
        Assert.Equal("35", file.Content.Territory.DepartementCode);
        Assert.Equal("CCAS de Rennes", file.Content.LeadOrganisation.Name);
        Assert.Equal(2020, file.Content.StartYear);
        Assert.Null(file.Content.EndYear);
        Assert.Equal("Des **besoins**.", file.Content.Sections.Context);
        Assert.Contains("### Sous-titre", file.Content.Sections.Objectives);
        Assert.Equal(Initiatives.EvidenceLevel.Promising, file.EvidenceLevel);
        Assert.Equal(new DateTime(2024, 5, 2), file.PublishedAt);
    }

    [Theory]
    [InlineData("pas d'en-tête du tout", "en-tête YAML")]
    [InlineData("---\ntitle: [non fermé\n---\n## Objectifs\nx", "invalide")]
    [InlineData("---\ntitle: x\ninconnu: 3\n---\n", "invalide")]
    [InlineData("---\nslug: autre-nom\npublished: 2024-01-01\n---\n", "nom du fichier")]
    [InlineData("---\nslug: essai\n---\n", "published")]
    [InlineData("---\nslug: essai\npublished: 2024-01-01\n---\n## Chapitre inconnu\nx", "section inconnue")]
    [InlineData("---\nslug: essai\npublished: 2024-01-01\nevidence: certain\n---\n", "niveau de preuve")]
    public void Explains_in_french_why_a_file_cannot_be_read(string text, string reason)
    {
        var (file, problems) = InitiativeFile.Parse("essai.md", text);
        Assert.Null(file);
        Assert.Contains(problems, p => p.Contains(reason));
    }
}
