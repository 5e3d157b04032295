namespace KnowledgeBase.Search.Tests.Highlighting;

public class ExcerptTests
{
    private static string Excerpt(TestIndex test, string query) => Assert.Single(test.Search(query).Hits).ExcerptHtml;

    [Fact]
    public void Marks_matching_words_as_written_and_escapes_the_rest()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "Fiche", body: "Les Logements <b>passerelles</b> & l'accès \"rapide\" au logement.")]);

        var excerpt = Excerpt(test, "logement");

        Assert.Equal("Les <mark>Logements</mark> &lt;b&gt;passerelles&lt;/b&gt; &amp; l&#x27;accès &quot;rapide&quot; au <mark>logement</mark>.", excerpt);
    }

    [Fact]
    public void Shows_about_thirty_words_around_the_densest_window()
    {
        using var test = new TestIndex();
        var filler = string.Join(' ', Enumerable.Repeat("texte neutre", 60));
        var body = $"{filler} mobilité seule {filler} covoiturage solidaire et mobilité rurale {filler}";
        test.Index.Upsert([Doc.Make(1, "Fiche", body: body)]);

        var excerpt = Excerpt(test, "mobilité covoiturage");

        Assert.StartsWith("… ", excerpt);
        Assert.EndsWith(" …", excerpt);
        Assert.Contains("<mark>covoiturage</mark> solidaire et <mark>mobilité</mark> rurale", excerpt);
        Assert.InRange(excerpt.Replace("<mark>", "").Split(' ').Length, 25, 36);
    }

    [Fact]
    public void Highlights_words_found_through_a_prefix()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "Fiche", body: "Aide aux Épiceries solidaires.")]);

        Assert.Contains("<mark>Épiceries</mark>", Excerpt(test, "épic*"));
    }

    [Fact]
    public void A_hit_only_in_an_organisation_name_shows_the_name_marked()
    {
        using var test = new TestIndex();
        test.Index.Upsert([Doc.Make(1, "Fiche", summary: "Un résumé.", body: "Un corps.", organisations: ["Association Toit Commun"], keywords: ["habitat"])]);

        Assert.Equal("habitat · Association Toit <mark>Commun</mark>", Excerpt(test, "commun"));
    }

    [Fact]
    public void Falls_back_to_the_summary_then_to_its_opening()
    {
        using var test = new TestIndex();
        test.Index.Upsert([
            Doc.Make(1, "Maraude sociale", summary: "Aller vers les personnes <sans> abri.", body: "Rien à voir."),
            Doc.Make(2, "Fiche", summary: "Un résumé sur le numérique.", body: "Corps."),
        ]);

        Assert.Equal("Aller vers les personnes &lt;sans&gt; abri.", Excerpt(test, "maraude"));
        Assert.Equal("Un résumé sur le <mark>numérique</mark>.", Excerpt(test, "numérique"));
    }
}
