namespace KnowledgeBase.Search.Tests.Query;

/// <summary>
/// Matches, totals and facet counts against a direct count over the same documents: random
/// queries and filters, on broad and narrow matches, before and after writes.
/// </summary>
public class MatchModelTests
{
    private static readonly string[] Words =
        ["jardin", "quartier", "famille", "atelier", "mobilite", "cantine", "benevole", "mairie", "potager", "epicerie", "velo", "musique"];

    [Fact]
    public void Plain_word_queries_find_exactly_the_documents_holding_every_word_and_none_excluded()
    {
        using var test = new TestIndex();
        var random = new Random(42);
        var bodies = Enumerable.Range(1, 2000).ToDictionary(i => (long)i, _ => string.Join(' ', Enumerable.Range(0, 4).Select(_ => Words[random.Next(Words.Length)])));
        test.Index.Rebuild(bodies.Select(b => Doc.Make(b.Key, $"Fiche {b.Key}", body: b.Value)), 0);

        for (var q = 0; q < 200; q++)
        {
            var required = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
            var excluded = random.Next(3) == 0 ? Words[random.Next(Words.Length)] : null;
            var query = string.Join(' ', required) + (excluded is null ? "" : " -" + excluded);
            var matching = bodies.Where(b => required.All(w => Has(b.Value, w)) && (excluded is null || !Has(b.Value, excluded))).Select(b => b.Key).ToList();

            var byDate = test.Search(query, SearchSort.Date, pageSize: 100);
            Assert.True(matching.Count == byDate.Total, $"{query}: expected {matching.Count}, found {byDate.Total}");
            Assert.Equal(matching.OrderDescending().Take(100), byDate.Hits.Select(h => h.Id));
            Assert.Equal(matching.Count, test.Search(query).Total);
        }
    }

    [Fact]
    public void Matches_follow_upserts_deletes_and_new_documents_also_after_reopening()
    {
        using var test = new TestIndex();
        test.Index.Upsert(Enumerable.Range(1, 600).Select(i => Doc.Make(i, $"Fiche {i}", body: "un potager partagé")).ToArray());
        Assert.Equal(600, test.Search("potager", SearchSort.Date).Total);

        test.Index.Upsert([Doc.Make(5, "Fiche 5", body: "une cantine")]);
        test.Index.Delete([6]);
        test.Index.Upsert(Enumerable.Range(601, 200).Select(i => Doc.Make(i, $"Fiche {i}", body: "un potager et une cantine")).ToArray());
        test.Index.Upsert([Doc.Make(7, "Fiche 7", body: "un potager et une cantine")]);

        var potager = Ids(test, "potager");
        Assert.Equal(798, potager.Count);
        Assert.DoesNotContain(5L, potager);
        Assert.DoesNotContain(6L, potager);
        Assert.Contains(800L, potager);
        Assert.Equal(201, test.Search("potager cantine", SearchSort.Date).Total);
        Assert.Equal(597, test.Search("potager -cantine", SearchSort.Date).Total);

        test.Reopen();
        Assert.Equal(potager, Ids(test, "potager"));
    }

    [Fact]
    public void Facet_counts_and_totals_agree_with_a_direct_count_for_broad_and_narrow_matches()
    {
        // Broad matches are counted by set intersections, narrow ones document by document
        // (FacetCounter): both must give the disjunctive counts computed here directly.
        using var test = new TestIndex();
        var random = new Random(7);
        string[] themes = ["logement", "emploi", "santé", "jeunesse"], regions = ["Bretagne", "Normandie", "Occitanie", "Corse", "Guyane"];
        var docs = Enumerable.Range(1, 1500).Select(i => (
            Id: (long)i,
            Body: string.Join(' ', Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)])) + (random.Next(100) == 0 ? " zephyr" : ""),
            Themes: themes.Where(_ => random.Next(3) == 0).DefaultIfEmpty(themes[i % 4]).ToArray(),
            Region: regions[random.Next(regions.Length)])).ToList();
        test.Index.Rebuild(docs.Select(d => Doc.Make(d.Id, "Fiche", body: d.Body, themes: d.Themes, region: d.Region)), 0);
        test.Index.Delete([3, 30, 300]);
        docs.RemoveAll(d => d.Id is 3 or 30 or 300);
        // A second segment, so that counts add up across segments.
        test.Index.Upsert([.. docs.Take(40).Select(d => Doc.Make(d.Id, "Fiche", body: d.Body, themes: d.Themes, region: d.Region))]);

        for (var q = 0; q < 150; q++)
        {
            var query = random.Next(4) switch
            {
                0 => "",
                1 => "zephyr",
                _ => string.Join(' ', Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Words[random.Next(Words.Length)])),
            };
            var themeFilter = random.Next(2) == 0 ? themes.Where(_ => random.Next(2) == 0).ToArray() : [];
            var regionFilter = random.Next(2) == 0 ? regions.Where(_ => random.Next(3) == 0).ToArray() : [];
            var filters = new Dictionary<string, IReadOnlyCollection<string>> { [FacetNames.Theme] = themeFilter, [FacetNames.Region] = regionFilter };
            var matching = docs.Where(d => query.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => Has(d.Body, w))).ToList();
            bool ThemeOk((long Id, string Body, string[] Themes, string Region) d) => themeFilter.Length == 0 || d.Themes.Intersect(themeFilter).Any();
            bool RegionOk((long Id, string Body, string[] Themes, string Region) d) => regionFilter.Length == 0 || regionFilter.Contains(d.Region);

            var results = test.Search(query, SearchSort.Date, filters: filters);

            var context = $"query '{query}', themes [{string.Join(',', themeFilter)}], regions [{string.Join(',', regionFilter)}]";
            Assert.True(matching.Count(d => ThemeOk(d) && RegionOk(d)) == results.Total, context);
            var expectedThemes = matching.Where(RegionOk).SelectMany(d => d.Themes).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
            foreach (var selected in themeFilter) expectedThemes.TryAdd(selected, 0);
            Assert.True(expectedThemes.OrderBy(e => e.Key).SequenceEqual(results.Facets[FacetNames.Theme].ToDictionary(f => f.Value, f => f.Count).OrderBy(e => e.Key)), context);
            var expectedRegions = matching.Where(ThemeOk).GroupBy(d => d.Region).ToDictionary(g => g.Key, g => g.Count());
            foreach (var selected in regionFilter) expectedRegions.TryAdd(selected, 0);
            Assert.True(expectedRegions.OrderBy(e => e.Key).SequenceEqual(results.Facets[FacetNames.Region].ToDictionary(f => f.Value, f => f.Count).OrderBy(e => e.Key)), context);
        }
    }

    private static bool Has(string body, string word) => body.Split(' ').Contains(word);

    private static List<long> Ids(TestIndex test, string query)
    {
        var ids = new List<long>();
        for (var page = 1; ; page++)
        {
            var hits = test.Search(query, SearchSort.Date, page: page, pageSize: 100).Hits;
            if (hits.Count == 0) return ids;
            ids.AddRange(hits.Select(h => h.Id));
        }
    }
}
