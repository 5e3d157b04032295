namespace KnowledgeBase.Core.Tests;

/// <summary>The one plural mechanism: three forms, for none, one and more.</summary>
public class PluralTests
{
    [Theory]
    [InlineData(0, "aucune fiche")]
    [InlineData(1, "1 fiche")]
    [InlineData(4, "4 fiches")]
    public void The_form_follows_the_count(int count, string said) =>
        Assert.Equal(said, Plural.Of("aucune fiche|{0} fiche|{0} fiches", count));

    [Fact]
    public void Other_arguments_fill_the_form_when_given() =>
        Assert.Equal("3 lignes de plus de 25 mois", Plural.Of("aucune ligne|1 ligne de plus de {1} mois|{0} lignes de plus de {1} mois", 3, 3, 25));

    [Fact]
    public void A_phrase_without_its_three_forms_is_refused() =>
        Assert.Throws<FormatException>(() => Plural.Of("fiche|fiches", 2));

    [Fact]
    public void The_import_report_says_its_counts_properly()
    {
        var report = new KnowledgeBase.Core.Content.ImportReport();
        report.Created.AddRange(["a.md", "b.md"]);
        report.Unchanged.Add("c.md");
        Assert.Equal("2 fichiers créés, aucun mis à jour, 1 inchangé, aucun en erreur", report.ToString());
    }
}
