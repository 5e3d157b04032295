using KnowledgeBase.Search;
using KnowledgeBase.Web.Features.Search;

namespace KnowledgeBase.Web.Features.Feeds;

/// <summary>The themes and régions a page is about, whose feeds it announces (besides the feed of everything).</summary>
public sealed record FeedTopics(IReadOnlyList<string> Themes, IReadOnlyList<string> Regions)
{
    public static FeedTopics None { get; } = new([], []);

    public static FeedTopics Of(SearchParameters parameters) =>
        new(parameters.Filters[FacetNames.Theme], parameters.Filters[FacetNames.Region]);
}
