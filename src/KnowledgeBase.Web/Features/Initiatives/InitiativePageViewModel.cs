using KnowledgeBase.Core.Content;
using KnowledgeBase.Search;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Initiatives;

/// <summary>A published write-up ready to show: sections rendered by the safe Markdown pipeline.</summary>
public sealed record InitiativePageViewModel(
    Initiative Initiative,
    InitiativeContent Content,
    IReadOnlyList<RenderedSection> Sections,
    bool ShowContactEmail,
    IReadOnlyList<SearchHit> Similar,
    bool? Kept)
{
    /// <summary>The published dossiers citing this write-up.</summary>
    public IReadOnlyList<KnowledgeBase.Core.Dossiers.DossierLink> Dossiers { get; init; } = [];

    /// <param name="kept">Whether the signed-in member keeps it in their selection; null for a visitor.</param>
    public static InitiativePageViewModel From(PublishedInitiative found, RevisionHtml html, bool signedIn,
        IReadOnlyList<SearchHit> similar, bool? kept) => new(
        found.Initiative,
        found.Content,
        html.Sections(found.Revision).Select(s => new RenderedSection(s.Key, s.Heading, new HtmlString(s.Html))).ToList(),
        signedIn,
        similar,
        kept);
}

public sealed record RenderedSection(string Key, string Heading, HtmlString Html);
