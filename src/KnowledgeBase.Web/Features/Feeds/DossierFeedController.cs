using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Feeds;

/// <summary>The Atom feed of the dossiers newly published or revised.</summary>
public sealed class DossierFeedController(PublishedDossiers dossiers, AtomFeeds feeds) : Controller
{
    [HttpGet("/feeds/dossiers.atom")]
    public IActionResult Dossiers() => feeds.Dossiers(dossiers.All().Take(FeedsController.EntryCount).ToList());
}
