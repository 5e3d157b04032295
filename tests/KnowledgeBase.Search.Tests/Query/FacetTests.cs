namespace KnowledgeBase.Search.Tests.Query;

public class FacetTests
{
    private static TestIndex Corpus()
    {
        var test = new TestIndex();
        test.Index.Upsert([
            Doc.Make(1, "Projet", themes: ["logement"], region: "Bretagne"),
            Doc.Make(2, "Projet", themes: ["logement", "jeunesse"], region: "Normandie"),
            Doc.Make(3, "Projet", themes: ["jeunesse"], region: "Bretagne"),
            Doc.Make(4, "Projet", themes: ["santé"], region: "Bretagne"),
            Doc.Make(5, "Autre", themes: ["santé"], region: "Occitanie"),
        ]);
        return test;
    }

    private static Dictionary<string, int> Counts(SearchResults results, string facet) =>
        results.Facets[facet].ToDictionary(f => f.Value, f => f.Count);

    [Fact]
    public void Counts_every_facet_value_of_the_matching_documents()
    {
        using var test = Corpus();
        var results = test.Search("projet");

        Assert.Equal(new Dictionary<string, int> { ["logement"] = 2, ["jeunesse"] = 2, ["santé"] = 1 }, Counts(results, "theme"));
        Assert.Equal(new Dictionary<string, int> { ["Bretagne"] = 3, ["Normandie"] = 1 }, Counts(results, "region"));
        Assert.Equal(["Bretagne", "Normandie"], results.Facets["region"].Select(f => f.Value));
        Assert.Empty(results.Facets["stage"]);
    }

    [Fact]
    public void Values_of_one_facet_combine_with_or_and_facets_with_and()
    {
        using var test = Corpus();
        var results = test.Search("projet", filters: new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["theme"] = ["logement", "jeunesse"],
            ["region"] = ["Bretagne"],
        });

        Assert.Equal([1L, 3L], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public void Counts_of_a_facet_ignore_its_own_filter_but_respect_the_others()
    {
        using var test = Corpus();
        var results = test.Search("projet", filters: new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["theme"] = ["logement"],
            ["region"] = ["Bretagne"],
        });

        Assert.Equal([1L], results.Hits.Select(h => h.Id));
        // theme counts: documents of Bretagne matching "projet", whatever their theme.
        Assert.Equal(new Dictionary<string, int> { ["logement"] = 1, ["jeunesse"] = 1, ["santé"] = 1 }, Counts(results, "theme"));
        // region counts: documents about logement, whatever their region.
        Assert.Equal(new Dictionary<string, int> { ["Bretagne"] = 1, ["Normandie"] = 1 }, Counts(results, "region"));
    }

    [Fact]
    public void A_selected_value_without_results_stays_listed_and_unknown_values_match_nothing()
    {
        using var test = Corpus();
        var results = test.Search("autre", filters: new Dictionary<string, IReadOnlyCollection<string>> { ["region"] = ["Bretagne", "Corse"] });

        Assert.Equal(0, results.Total);
        Assert.Equal(new Dictionary<string, int> { ["Occitanie"] = 1, ["Bretagne"] = 0, ["Corse"] = 0 }, Counts(results, "region"));
    }

    [Fact]
    public void A_document_with_many_values_is_counted_and_filtered_on_all_of_them()
    {
        using var test = new TestIndex();
        var departements = Enumerable.Range(1, 40).Select(n => n.ToString("00")).ToArray();
        var national = Doc.Make(1, "Projet national");
        test.Index.Upsert([
            new IndexDocument
            {
                Id = 1, Slug = "national", Title = "Projet national", PublishedAt = national.PublishedAt,
                Facets = new Dictionary<string, IReadOnlyList<string>> { ["departement"] = departements, ["theme"] = ["emploi"] },
            },
            Doc.Make(2, "Projet local"),
        ]);
        test.Reopen();

        var results = test.Search("projet", filters: new Dictionary<string, IReadOnlyCollection<string>> { ["departement"] = ["37"] });

        Assert.Equal([1L], results.Hits.Select(h => h.Id));
        Assert.Equal(40, results.Facets["departement"].Count);
        Assert.All(results.Facets["departement"], f => Assert.Equal(1, f.Count));
        test.Index.Upsert([Doc.Make(1, "Projet national")]);
        Assert.Empty(test.Search("projet", filters: new Dictionary<string, IReadOnlyCollection<string>> { ["departement"] = ["37"] }).Hits);
    }

    [Fact]
    public void Only_the_requested_facets_are_counted()
    {
        using var test = Corpus();
        var results = test.Index.Search(new SearchRequest { Query = "projet", Facets = ["region"] });

        Assert.Equal(["region"], results.Facets.Keys);
    }
}
