using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Search;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Initiatives;

/// <summary>A published write-up ready to show: sections rendered by the safe Markdown pipeline.</summary>
public sealed record InitiativePageViewModel(
    Initiative Initiative,
    InitiativeContent Content,
    IReadOnlyList<RenderedSection> Sections,
    bool ShowContactEmail,
    IReadOnlyList<SearchHit> Similar)
{
    public static InitiativePageViewModel From(PublishedInitiative found, RevisionHtml html, bool signedIn,
        IReadOnlyList<SearchHit> similar) => new(
        found.Initiative,
        found.Content,
        html.Sections(found.Revision).Select(s => new RenderedSection(s.Key, s.Heading, new HtmlString(s.Html))).ToList(),
        signedIn,
        similar);
}

public sealed record RenderedSection(string Key, string Heading, HtmlString Html);
