using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Core.Tests.Content;

/// <summary>Hostile Markdown: nothing executable may come out of a write-up.</summary>
public class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    /// <summary>The openings of the elements the hostile inputs below write, none of which may come out as HTML.</summary>
    private static readonly string[] RawTags = ["<script", "<img", "<iframe", "<svg", "<style", "<div", "<a "];

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Texte <img src=x onerror=alert(1)> suite")]
    [InlineData("<a href=\"javascript:alert(1)\">clic</a>")]
    [InlineData("<div onmouseover=\"alert(1)\">survol</div>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg/onload=alert(1)>")]
    [InlineData("<style>body{display:none}</style>")]
    public void Raw_html_is_shown_as_text(string markdown)
    {
        var html = renderer.ToHtml(markdown);
        foreach (var tag in RawTags) Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[clic](javascript:alert(1))")]
    [InlineData("[clic](JaVaScRiPt:alert(1))")]
    [InlineData("[clic]( javascript:alert(1))")]
    [InlineData("[clic](java\tscript:alert(1))")]
    [InlineData("[clic](jav&#x61;script:alert(1))")]
    [InlineData("[clic](&#106;avascript:alert(1))")]
    [InlineData("[clic](javascript&colon;alert(1))")]
    [InlineData("[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[clic](vbscript:msgbox(1))")]
    [InlineData("[clic](file:///etc/passwd)")]
    [InlineData("[clic](//evil.example.com)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[clic][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![image](javascript:alert(1))")]
    public void Links_with_unsafe_schemes_are_not_rendered_as_links(string markdown)
    {
        var html = renderer.ToHtml(markdown);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Images_become_their_description_once_so_no_outside_resource_is_loaded()
    {
        var html = renderer.ToHtml("![Schéma du dispositif](https://example.org/schema.png)");
        Assert.DoesNotContain("<img", html);
        Assert.Equal("<p>Schéma du dispositif</p>", html.Trim());
        Assert.True(MarkdownRenderer.ContainsImage("Voir ![schéma](https://example.org/a.png)."));
        Assert.True(MarkdownRenderer.ContainsImage("![schéma][ref]\n\n[ref]: https://example.org/a.png".Replace("\\n", "\n")));
        Assert.False(MarkdownRenderer.ContainsImage("Un [lien](https://example.org) et un point d'exclamation ! [pas une image]"));
    }

    [Theory]
    [InlineData("[lien js](javascript:x)", "<p>lien js</p>")]
    [InlineData("avant [**lien** gras](vbscript:x) après", "<p>avant <strong>lien</strong> gras après</p>")]
    [InlineData("[un](javascript:a) et [deux](javascript:b)", "<p>un et deux</p>")]
    public void A_refused_link_shows_its_words_once(string markdown, string expected) =>
        Assert.Equal(expected, renderer.ToHtml(markdown).Trim());

    [Theory]
    [InlineData("[bilan](https://example.org/bilan)", "https://example.org/bilan")]
    [InlineData("[site](http://example.org)", "http://example.org")]
    [InlineData("[écrire](mailto:contact@example.org)", "mailto:contact@example.org")]
    [InlineData("[autre fiche](/initiatives/dernier-ecrou)", "/initiatives/dernier-ecrou")]
    [InlineData("<https://example.org/auto>", "https://example.org/auto")]
    public void Safe_links_are_kept(string markdown, string href)
    {
        var html = renderer.ToHtml(markdown);
        Assert.Contains($"href=\"{href}\"", html);
        Assert.Contains("rel=\"nofollow noopener\"", html);
    }

    [Fact]
    public void Entities_cannot_smuggle_markup()
    {
        var html = renderer.ToHtml("&lt;script&gt;alert(1)&lt;/script&gt; et &#60;b&#62;gras&#60;/b&#62;");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void Ordinary_markdown_renders()
    {
        var html = renderer.ToHtml("### Étapes\n\n- **accueil** commun\n- *orientation*\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        Assert.Contains("<h3", html);
        Assert.Contains("<strong>accueil</strong>", html);
        Assert.Contains("<em>orientation</em>", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public void Empty_text_renders_nothing() => Assert.Equal("", renderer.ToHtml("  \n "));
}
