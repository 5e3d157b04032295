namespace KnowledgeBase.Web.Features.Shared;

/// <summary>Current page, page count and how to link to page n.</summary>
public sealed record PagerModel(int Number, int PageCount, Func<int, string> UrlFor);
