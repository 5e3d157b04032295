namespace KnowledgeBase.Benchmarks;

/// <summary>
/// Search requests as visitors make them: one to three domain words picked uniformly from the
/// corpus vocabulary (so common and rarer words alike), some narrowed by facets, some sorted by
/// date, a few with no text (browse by facet).
/// </summary>
internal static class QueryWorkload
{
    public static List<SearchRequest> Make(IReadOnlyList<string> words, int count, int seed)
    {
        var random = new Random(seed);
        var requests = new List<SearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var browse = random.Next(20) == 0;
            var terms = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => words[random.Next(words.Count)]);
            var filters = new Dictionary<string, IReadOnlyCollection<string>>();
            if (browse || random.Next(10) < 3) filters[FacetNames.Theme] = [CorpusGenerator.Themes[random.Next(10)]];
            if (random.Next(10) == 0) filters[FacetNames.Region] = [CorpusGenerator.Regions[random.Next(13)], CorpusGenerator.Regions[random.Next(13)]];
            requests.Add(new SearchRequest
            {
                Query = browse ? null : string.Join(' ', terms),
                Filters = filters,
                Sort = random.Next(10) == 0 ? SearchSort.Date : SearchSort.Relevance,
                PageSize = 20,
            });
        }
        return requests;
    }
}
