using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Feeds;

/// <summary>Writes the site's Atom feeds: the write-ups' (with their themes as categories) and the dossiers'.</summary>
public sealed class AtomFeeds(Catalog catalog, ISiteLinks links, IStringLocalizer<SharedResource> T)
{
    /// <summary>Entries in a feed: the most recent ones.</summary>
    public const int EntryCount = 50;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Dossiers newly published or revised, newest first.</summary>
    public FileContentResult Dossiers(IReadOnlyList<PublishedDossier> entries)
    {
        const string self = "/feeds/dossiers.atom";
        var title = T["KnowledgeBase – dossiers publiés ou mis à jour"].Value;
        var feed = NewFeed(self, title, T["Les dossiers de l'équipe éditoriale : des fiches réunies et commentées autour d'une question, avec des préconisations."], "/dossiers",
            entries.Select(e => Utc(e.Dossier.Card!.ChangedAt)));
        feed.Items = entries.Select(e =>
        {
            var url = links.Absolute($"/dossiers/{e.Dossier.Slug}");
            var teaser = e.Dossier.Card!.Teaser;
            var item = new SyndicationItem(e.Content.Title, new TextSyndicationContent(teaser), new Uri(url), url, Utc(e.Dossier.Card.ChangedAt))
            {
                Summary = new TextSyndicationContent(teaser),
                PublishDate = Utc(e.Dossier.PublishedAt ?? e.Dossier.CreatedAt),
            };
            item.Content = null;
            item.Authors.Add(new SyndicationPerson { Name = T["Équipe éditoriale"] });
            return item;
        }).ToList();
        return Written(feed);
    }

    private SyndicationFeed NewFeed(string self, string title, string description, string page, IEnumerable<DateTimeOffset> updated)
    {
        var dates = updated.ToList();
        var feed = new SyndicationFeed(title, description, new Uri(links.Absolute(page)))
        {
            Id = links.Absolute(self),
            // No entry yet: a fixed date, so that an empty feed does not look new at every visit.
            LastUpdatedTime = dates.Count > 0 ? dates.Max() : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Language = CurrentLanguage.IsEnglish ? "en" : "fr",
            Generator = "KnowledgeBase",
        };
        feed.Links.Add(new SyndicationLink(new Uri(links.Absolute(self)), "self", title, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "KnowledgeBase", Uri = links.Absolute("/") });
        return feed;
    }

    /// <summary>Write-ups newly published or updated: all of them (<paramref name="about"/> null), or those of a theme or a région.</summary>
    public FileContentResult Initiatives(string self, string? about, string page, IReadOnlyList<PublicEntry> entries)
    {
        var title = about is null
            ? T["KnowledgeBase – fiches publiées ou mises à jour"].Value
            : T["KnowledgeBase – fiches publiées ou mises à jour : {0}", about].Value;
        var english = CurrentLanguage.IsEnglish;
        var feed = NewFeed(self, title, T["Les fiches d'expérience de la banque d'expériences de l'action sociale locale, des plus récemment publiées ou mises à jour aux plus anciennes."],
            page, entries.Select(e => Utc(e.UpdatedAt)));
        feed.Items = entries.Select(e =>
        {
            var url = links.Absolute($"/initiatives/{e.Initiative.Slug}");
            var item = new SyndicationItem(e.Content.Title, new TextSyndicationContent(e.Content.Summary), new Uri(url), url, Utc(e.UpdatedAt))
            {
                Summary = new TextSyndicationContent(e.Content.Summary),
                PublishDate = Utc(e.Initiative.PublishedAt ?? e.Initiative.CreatedAt),
            };
            item.Content = null;
            item.Authors.Add(new SyndicationPerson { Name = e.Content.LeadOrganisation.Name });
            foreach (var theme in e.Content.Themes)
                item.Categories.Add(new SyndicationCategory(theme, links.Absolute("/thematiques"), catalog.Label(TaxonomyKinds.Themes, theme, english)));
            return item;
        }).ToList();
        return Written(feed);
    }

    private static FileContentResult Written(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return new FileContentResult(buffer.ToArray(), ContentType);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
