using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Operations;

/// <summary>
/// Public pages are kept rendered for anonymous visitors (the output cache answers with an Age
/// header), per language; members never get a page cached for someone else, and their pages
/// are never stored; publishing and feedback evict them; only responses without secrets are
/// compressed.
/// </summary>
public abstract class PageCacheTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly ReviewTestData data = new(site);

    private HttpClient Visitor() => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    [Fact]
    public async Task A_visitor_is_served_the_kept_page_the_second_time()
    {
        var slug = await PublishedSlug();
        var first = await Visitor().GetAsync($"/initiatives/{slug}");
        var second = await Visitor().GetAsync($"/initiatives/{slug}");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(FromCache(second), "deuxième visite servie du cache");
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain("__RequestVerificationToken", await second.Content.ReadAsStringAsync());
        // Another query string is another page.
        Assert.False(FromCache(await Visitor().GetAsync($"/initiatives/{slug}?x={Guid.NewGuid():N}")));
    }

    [Fact]
    public async Task A_member_never_sees_a_page_cached_for_someone_else_and_their_page_is_never_kept()
    {
        var slug = await PublishedSlug(withContactEmail: true);
        var url = $"/initiatives/{slug}";
        await Visitor().GetAsync(url);
        Assert.True(FromCache(await Visitor().GetAsync(url)));

        var member = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, member);
        var (mine, page) = await Html.Get(client, url);
        Assert.False(FromCache(mine));
        Assert.NotNull(page.QuerySelector("a[href='/mes-fiches']"));
        Assert.NotNull(page.QuerySelector("a[href='mailto:contact@example.org']"));
        Assert.NotNull(page.QuerySelector("form[action='/compte/deconnexion'] input[name='__RequestVerificationToken']"));

        var other = await SignIn.SignedInClient(site);
        var (theirs, _) = await Html.Get(other, url);
        Assert.False(FromCache(theirs));

        var (visitor, anonymous) = await Html.Get(Visitor(), url);
        Assert.Null(anonymous.QuerySelector("a[href='/mes-fiches']"));
        Assert.Null(anonymous.QuerySelector("a[href^='mailto:contact@example.org']"));
        Assert.DoesNotContain(member.DisplayName, await visitor.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_language_has_its_own_kept_page()
    {
        await Visitor().GetAsync("/thematiques");
        Assert.True(FromCache(await Visitor().GetAsync("/thematiques")));
        var english = new HttpRequestMessage(HttpMethod.Get, "/thematiques");
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var (_, page) = await Html.Get(Visitor(), "/thematiques");
        Assert.Equal("Thématiques", page.QuerySelector("h1")?.TextContent);
        var translated = await Html.Parse(await Visitor().SendAsync(english));
        Assert.Equal("Themes", translated.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Publishing_evicts_the_kept_pages_at_once_on_this_node()
    {
        await Visitor().GetAsync("/initiatives?sort=date");
        Assert.True(FromCache(await Visitor().GetAsync("/initiatives?sort=date")));
        var title = "Fiche publiée après la mise en cache " + Guid.NewGuid().ToString("N")[..6];
        await PublishedSlug(title);
        var (response, page) = await Html.Get(Visitor(), "/initiatives?sort=date");
        Assert.False(FromCache(response));
        Assert.Contains(page.QuerySelectorAll(".initiative-card h3 a"), a => a.TextContent == title);
    }

    [Fact]
    public async Task Published_feedback_evicts_the_write_up_page()
    {
        var slug = await PublishedSlug();
        var url = $"/initiatives/{slug}";
        await Visitor().GetAsync(url);
        Assert.True(FromCache(await Visitor().GetAsync(url)));

        var editor = await data.Editor();
        long id;
        await using (var scope = site.Scope()) id = site.Db(scope).Initiatives.Single(i => i.Slug == slug).Id;
        var text = "Quel budget pour la reproduire " + Guid.NewGuid().ToString("N")[..6];
        Assert.True(data.With<FeedbackSharing, FeedbackOutcome>(f =>
            f.Post(id, new FeedbackInput(FeedbackKind.Question, text, null, null, null), editor.Actor)).Succeeded);
        var after = await Visitor().GetAsync(url);
        Assert.False(FromCache(after));
        await Eventually.IndexCaughtUp(site);
        Assert.Contains(text, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_responses_without_secrets_are_compressed()
    {
        static HttpRequestMessage Compressed(string url)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Accept-Encoding", "br, gzip");
            return request;
        }
        var visitor = Visitor();
        Assert.Contains("br", (await visitor.SendAsync(Compressed("/"))).Content.Headers.ContentEncoding);
        Assert.Contains("br", (await visitor.SendAsync(Compressed("/css/site.css"))).Content.Headers.ContentEncoding);
        // The sign-in page holds an antiforgery token and repeats the returnUrl it is given.
        Assert.Empty((await visitor.SendAsync(Compressed("/compte/connexion?returnUrl=%2Fthematiques"))).Content.Headers.ContentEncoding);
        var member = await SignIn.SignedInClient(site, Roles.Member);
        Assert.Empty((await member.SendAsync(Compressed("/"))).Content.Headers.ContentEncoding);
    }

    private async Task<string> PublishedSlug(string? title = null, bool withContactEmail = false)
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var builder = new ContentBuilder().Titled(title ?? "Fiche en cache " + Guid.NewGuid().ToString("N")[..6]);
        var content = builder.Build();
        if (withContactEmail) content.Contact.Email = "contact@example.org";
        var id = data.Create(author, content);
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        // The indexer evicts the kept pages again when it applies the task: let it be done.
        await Eventually.IndexCaughtUp(site);
        return data.Initiative(id).Slug;
    }
}

public sealed class SqlitePageCacheTests(SqliteSite site) : PageCacheTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlPageCacheTests(PostgreSqlSite site) : PageCacheTests<PostgreSqlSite>(site);
