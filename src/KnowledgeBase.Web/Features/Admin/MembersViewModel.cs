using KnowledgeBase.Web.Features.Shared;

namespace KnowledgeBase.Web.Features.Admin;

/// <summary>One page of the member list, the search that produced it, and who is looking.</summary>
public sealed record MembersViewModel(string Search, Page<MemberSummary> Page, string CurrentMemberId)
{
    public PagerModel Pager => new(Page.Number, Page.PageCount, n => Url(Search, n));

    public static string Url(string? search, int page)
    {
        var query = new List<string>();
        // A search is a few words: a longer one (pasted, or posted back by hand) is cut, so that no address grows without bound.
        if (!string.IsNullOrWhiteSpace(search)) query.Add("q=" + Uri.EscapeDataString(search.Length <= 200 ? search : search[..200]));
        if (page > 1) query.Add("page=" + page);
        return "/admin/membres" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
