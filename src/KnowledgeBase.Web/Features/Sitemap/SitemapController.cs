using System.Globalization;
using System.Xml.Linq;
using KnowledgeBase.Core.Notifications;

namespace KnowledgeBase.Web.Features.Sitemap;

/// <summary>sitemap.xml (every public page, with each write-up's last public change) and robots.txt.</summary>
public sealed class SitemapController(PublicPages pages, ISiteLinks links) : Controller
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Pages for members and editors: nothing there for a search engine.</summary>
    public static readonly IReadOnlyList<string> Private =
        ["/compte/", "/gestion", "/mes-fiches", "/ma-selection", "/notifications", "/evaluations", "/fiches/", "/admin", "/erreur"];

    [HttpGet("/sitemap.xml")]
    public IActionResult Sitemap()
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", pages.All().Select(p => Entry(p.Path, p.Modified))));
        return Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content("User-agent: *\n" + string.Concat(Private.Select(p => $"Disallow: {p}\n")) + $"Sitemap: {links.Absolute("/sitemap.xml")}\n",
            "text/plain; charset=utf-8");

    private XElement Entry(string path, DateTime? modified) =>
        new(Ns + "url", new XElement(Ns + "loc", links.Absolute(path)),
            modified is { } date ? new XElement(Ns + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
}
