using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Selections;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Features.Initiatives;

/// <summary>A published write-up's page: its text, similar write-ups, the dossiers citing it and, for a member, whether they keep it.</summary>
public sealed class InitiativePages(PublishedInitiatives initiatives, InitiativeSearch search, RevisionHtml html,
    PersonalSelection selection, PublishedDossiers dossiers)
{
    public InitiativePageViewModel? Page(string slug, Actor? actor)
    {
        if (initiatives.Find(slug) is not { } found) return null;
        return InitiativePageViewModel.From(found, html, actor is not null, search.Similar(found.Initiative.Id),
            actor is null ? null : selection.Contains(actor, found.Initiative.Id)) with { Dossiers = dossiers.Citing(found.Initiative.Id) };
    }

    /// <summary>The page to print: the text alone.</summary>
    public InitiativePageViewModel? Printable(string slug) =>
        initiatives.Find(slug) is { } found ? InitiativePageViewModel.From(found, html, false, [], null) : null;
}
