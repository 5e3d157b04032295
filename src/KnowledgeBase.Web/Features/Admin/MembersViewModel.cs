using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Web.Features.Shared;

namespace KnowledgeBase.Web.Features.Admin;

/// <summary>One page of the member list, the search that produced it, and who is looking.</summary>
public sealed record MembersViewModel(string Search, Page<MemberSummary> Page, string CurrentMemberId)
{
    public PagerModel Pager => new(Page.Number, Page.PageCount, n => Url(Search, n));

    public static string Url(string? search, int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(search)) query.Add("q=" + Uri.EscapeDataString(search));
        if (page > 1) query.Add("page=" + page);
        return "/admin/membres" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
