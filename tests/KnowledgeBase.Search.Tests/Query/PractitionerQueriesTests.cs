using KnowledgeBase.Search.Tests.Analysis;

namespace KnowledgeBase.Search.Tests.Query;

/// <summary>
/// Queries as practitioners type them — without accents, in the plural, with either apostrophe,
/// with sector acronyms, place names and quoted phrases — against write-ups as they are written,
/// with the sector synonyms of content/taxonomy/synonyms.yml.
/// </summary>
public class PractitionerQueriesTests : IDisposable
{
    private readonly TestIndex test = new(synonyms: SynonymsFileTests.ReadGroups());

    public PractitionerQueriesTests() => test.Index.Upsert([
        Doc.Make(1, "Une personne accompagnée vers l'emploi", body: "La mobilité des bénéficiaires, pour s'insérer ; l'évaluation finale."),
        Doc.Make(2, "Logement des jeunes", body: "Un logement autonome et l’insertion professionnelle des jeunes."),
        Doc.Make(3, "Plate-forme RSA", body: "Le CCAS, la CAF et le PLIE reçoivent ensemble ; une SIAE en QPV ; l'ASE."),
        Doc.Make(4, "Observatoire régional", body: "Un diagnostic partagé.", places: ["Strasbourg", "Bas-Rhin", "Grand Est"]),
        Doc.Make(5, "Un grand projet", body: "Le projet est grand et il est ambitieux."),
        Doc.Make(6, "Contrats aidés", body: "Des contrats d'accompagnement dans l'emploi pour les jeunes."),
        Doc.Make(7, "Créer son activité", body: "Une coopérative d'activité et d'emploi héberge les porteurs de projet."),
        Doc.Make(8, "Agence locale", body: "Les conseillers de Pôle emploi reçoivent les demandeurs."),
        Doc.Make(9, "Bilan", body: "Les agents de France Travail et l'ANPE d'hier."),
        Doc.Make(10, "Attribution des logements", body: "La commission d'attribution se réunit chaque mois."),
        Doc.Make(11, "Une autre commission", body: "La commission de suivi examine l'attribution des aides."),
    ]);

    [Theory]
    [InlineData("accompagnee")]
    [InlineData("accompagnées")]
    [InlineData("mobilite")]
    [InlineData("inserer")]
    [InlineData("evaluation")]
    [InlineData("beneficiaires")]
    [InlineData("BÉNÉFICIAIRE")]
    public void Words_are_found_whatever_their_accents_number_and_case(string query) => Assert.Contains(1L, test.Ids(query));

    [Fact]
    public void Plurals_find_the_singular_and_the_plural() => Assert.Equal([2L, 10L], test.Ids("logements").Order());

    [Theory]
    [InlineData("l'insertion")]
    [InlineData("l’insertion")]
    [InlineData("L'INSERTION professionnelles")]
    public void Elisions_with_either_apostrophe_and_case(string query) => Assert.Equal([2L], test.Ids(query));

    [Theory]
    [InlineData("CCAS")]
    [InlineData("caf")]
    [InlineData("PLIE")]
    [InlineData("SIAE")]
    [InlineData("QPV")]
    [InlineData("ASE")]
    public void Sector_acronyms_are_found(string query) => Assert.Contains(3L, test.Ids(query));

    [Theory]
    [InlineData("Grand Est")]
    [InlineData("grand est")]
    [InlineData("\"Grand Est\"")]
    public void A_region_named_with_a_stop_word_is_found_and_only_it(string query) => Assert.Equal([4L], test.Ids(query));

    [Fact]
    public void An_ambiguous_acronym_searches_all_its_meanings() => Assert.Equal([6L, 7L], test.Ids("CAE").Order());

    [Theory]
    [InlineData("Pole emploi")]
    [InlineData("pôle-emploi")]
    [InlineData("France Travail")]
    [InlineData("ANPE")]
    public void Renamed_bodies_are_found_under_every_name(string query) => Assert.Equal([8L, 9L], test.Ids(query).Order());

    [Fact]
    public void Quoted_phrases_keep_their_words_together()
    {
        Assert.Equal([10L], test.Ids("\"commission d'attribution\""));
        Assert.Equal([10L, 11L], test.Ids("commission attribution").Order());
        Assert.Equal([2L], test.Ids("\"insertion professionnelle\""));
    }

    [Fact]
    public void Excerpts_mark_the_words_as_written()
    {
        var hit = Assert.Single(test.Search("accompagnee mobilite").Hits);
        Assert.Contains("<mark>mobilité</mark>", hit.ExcerptHtml);
        Assert.Contains("<mark>Grand</mark> <mark>Est</mark>", Assert.Single(test.Search("grand est").Hits).ExcerptHtml);
    }

    [Fact]
    public void Decomposed_accents_in_the_text_or_the_query_count_as_accents()
    {
        test.Index.Upsert([Doc.Make(12, "Re\u0301insertion", body: "Un accompagnement vers l'e\u0301ducation.")]);
        Assert.Equal([12L], test.Ids("éducation"));
        Assert.Contains(12L, test.Ids("re\u0301insertion"));
        Assert.Contains("<mark>", Assert.Single(test.Search("education").Hits).ExcerptHtml);
    }

    public void Dispose() => test.Dispose();
}
