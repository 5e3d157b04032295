using System.Net.Http.Headers;
using System.Text.Json;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>The public read API over HTTP: paging and harvesting, filters as in the search, labels, caching, CORS and errors.</summary>
public abstract class PublicApiTests<TSite>(TSite site) : IClassFixture<TSite>, IAsyncLifetime where TSite : SiteFactory
{
    private readonly HttpClient client = site.CreateClient();
    private readonly ReviewTestData data = new(site);

    public Task InitializeAsync() => Eventually.IndexCaughtUp(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Initiatives_are_paged_oldest_change_first_with_links()
    {
        var first = await Json("/api/initiatives?pageSize=5");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 15);
        Assert.Equal((total + 4) / 5, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        Assert.EndsWith("/api/initiatives?pageSize=5&page=2", first.GetProperty("links").GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("links").GetProperty("previous").ValueKind);

        var slugs = new List<string>();
        var dates = new List<DateTimeOffset>();
        for (var page = 1; page <= first.GetProperty("pageCount").GetInt32(); page++)
            foreach (var item in (await Json($"/api/initiatives?pageSize=5&page={page}")).GetProperty("items").EnumerateArray())
            {
                slugs.Add(item.GetProperty("slug").GetString()!);
                dates.Add(item.GetProperty("updatedAt").GetDateTimeOffset());
            }
        Assert.Equal(total, slugs.Distinct().Count());
        Assert.Equal(dates.Order(), dates);
        var beyond = await Json("/api/initiatives?page=999");
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Filters_mean_what_they_mean_in_the_search()
    {
        foreach (var query in new[] { "theme=logement", "region=84&theme=emploi-insertion", "q=insertion", "evidence=emergent&year=2025", "organisation=association&organisation=departement" })
        {
            var listed = (await Json("/api/initiatives?pageSize=100&" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).Order().ToList();
            var searched = new List<string?>();
            for (var page = 1; searched.Count == 0 || searched.Count % 20 == 0; page++)
            {
                var items = (await Json($"/api/search?{query}&page={page}")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
                if (items.Count == 0) break;
                searched.AddRange(items);
            }
            searched.Sort(StringComparer.Ordinal);
            listed.Sort(StringComparer.Ordinal);
            Assert.Equal(searched, listed);
        }
    }

    [Fact]
    public async Task Updated_since_returns_only_what_changed_since()
    {
        // After the site's own import (the class waited for its index): only what follows counts.
        var before = DateTimeOffset.UtcNow;
        var (editor, author) = (await data.Editor(), await data.Member());
        var title = "Fiche moissonnée " + Guid.NewGuid().ToString("N")[..6];
        var id = data.Create(author, new ContentBuilder().Titled(title).Build());
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        var slug = data.Initiative(id).Slug;

        var changed = await Json("/api/initiatives?updatedSince=" + Uri.EscapeDataString(before.ToString("yyyy-MM-ddTHH:mm:ss.fffffffK")));
        Assert.Contains(slug, changed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.DoesNotContain("dernier-ecrou", changed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        var later = await Json("/api/initiatives?updatedSince=" + DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));
        Assert.Equal(0, later.GetProperty("total").GetInt32());
        var detail = await Json($"/api/initiatives/{slug}");
        Assert.True(detail.GetProperty("updatedAt").GetDateTimeOffset() >= before);
    }

    [Fact]
    public async Task A_write_up_comes_whole_with_codes_labels_sections_and_evidence()
    {
        var json = await Json("/api/initiatives/dernier-ecrou");
        Assert.Equal("dernier-ecrou", json.GetProperty("slug").GetString());
        Assert.EndsWith("/initiatives/dernier-ecrou", json.GetProperty("url").GetString());
        Assert.Contains(json.GetProperty("themes").EnumerateArray(), t => t.GetProperty("code").GetString() == "justice" && t.GetProperty("label").GetString() == "Justice");
        Assert.Equal("59", json.GetProperty("territory").GetProperty("departement").GetProperty("code").GetString());
        Assert.Equal("Nord", json.GetProperty("territory").GetProperty("departement").GetProperty("label").GetString());
        Assert.Equal("32", json.GetProperty("territory").GetProperty("region").GetProperty("code").GetString());
        var context = json.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == "context");
        Assert.Equal("Contexte et besoins", context.GetProperty("heading").GetString());
        Assert.False(string.IsNullOrWhiteSpace(context.GetProperty("markdown").GetString()));
        Assert.StartsWith("<p>", context.GetProperty("html").GetString());
        var evidence = json.GetProperty("evidence");
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("level").GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Number, evidence.GetProperty("reviewCount").ValueKind);
        Assert.True(json.GetProperty("contact").TryGetProperty("name", out _));
        Assert.False(json.GetProperty("contact").TryGetProperty("email", out _));
        Assert.DoesNotContain("@example.org", json.GetRawText());
    }

    [Fact]
    public async Task Labels_follow_lang_or_accept_language()
    {
        Assert.Equal("Justice", Theme(await Json("/api/initiatives/dernier-ecrou?lang=en"), "justice"));
        Assert.Equal("Employment and insertion", Theme(await Json("/api/initiatives/dernier-ecrou?lang=en"), "emploi-insertion"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/initiatives/dernier-ecrou");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,fr;q=0.5");
        var response = await client.SendAsync(request);
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        Assert.Contains("Accept-Language", response.Headers.Vary);
        var english = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Employment and insertion", Theme(english, "emploi-insertion"));
        Assert.Equal("Context and needs", english.GetProperty("sections")[0].GetProperty("heading").GetString());
        Assert.Equal("Emploi et insertion", Theme(await Json("/api/initiatives/dernier-ecrou?lang=fr"), "emploi-insertion"));
        var taxonomies = await Json("/api/taxonomies?lang=en");
        var themes = taxonomies.GetProperty("taxonomies").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "themes");
        Assert.Contains(themes.GetProperty("terms").EnumerateArray(), t => t.GetProperty("label").GetString() == "Housing" && t.GetProperty("labelFr").GetString() == "Logement");
    }

    [Theory]
    [InlineData("/api/initiatives/dernier-ecrou")]
    [InlineData("/api/initiatives?theme=logement")]
    [InlineData("/api/taxonomies")]
    [InlineData("/api/territories")]
    [InlineData("/api/observatory?theme=logement")]
    [InlineData("/api/search?q=logement")]
    public async Task Answers_are_cacheable_and_revalidate_with_304(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.CacheControl.MaxAge);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"autre-version\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task A_write_up_has_its_last_modified_date()
    {
        var response = await client.GetAsync("/api/initiatives/dernier-ecrou");
        var modified = response.Content.Headers.LastModified!.Value;
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/initiatives/dernier-ecrou");
        request.Headers.IfModifiedSince = modified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request)).StatusCode);
        var older = new HttpRequestMessage(HttpMethod.Get, "/api/initiatives/dernier-ecrou");
        older.Headers.IfModifiedSince = modified.AddDays(-1);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(older)).StatusCode);
    }

    [Fact]
    public async Task Other_sites_may_read_it()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/territories");
        request.Headers.Add("Origin", "https://observatoire.example");
        var response = await client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/initiatives");
        preflight.Headers.Add("Origin", "https://observatoire.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        var allowed = await client.SendAsync(preflight);
        Assert.True(allowed.IsSuccessStatusCode, allowed.StatusCode.ToString());
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Theory]
    [InlineData("/api/initiatives?inconnu=1", "inconnu")]
    [InlineData("/api/initiatives?page=0", "page")]
    [InlineData("/api/initiatives?page=abc", "page")]
    [InlineData("/api/initiatives?pageSize=101", "pageSize")]
    [InlineData("/api/initiatives?pageSize=10&pageSize=20", "pageSize")]
    [InlineData("/api/initiatives?updatedSince=hier", "updatedSince")]
    [InlineData("/api/initiatives?theme=inconnue", "theme")]
    [InlineData("/api/initiatives?region=99", "region")]
    [InlineData("/api/initiatives?year=20x4", "year")]
    [InlineData("/api/initiatives?period=2021-2025", "period")]
    [InlineData("/api/search?sort=hasard", "sort")]
    [InlineData("/api/search?page=1001", "page")]
    [InlineData("/api/observatory?evidence=%00", "evidence")]
    [InlineData("/api/taxonomies?lang=de", "lang")]
    [InlineData("/api/territories?q=x", "q")]
    [InlineData("/api/initiatives/dernier-ecrou?page=1", "page")]
    public async Task Bad_parameters_are_refused_with_a_problem_document(string url, string parameter)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.GetRawText());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Theory]
    [InlineData("/api/initiatives/fiche-inconnue", 404)]
    [InlineData("/api/initiatives/%3Cscript%3E", 404)]
    [InlineData("/api/rien-ici", 404)]
    public async Task Unknown_addresses_are_problem_documents(string url, int status)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_is_read_only()
    {
        var response = await client.PostAsync("/api/initiatives", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Observatory_and_reference_data_are_served()
    {
        var observatory = await Json("/api/observatory?theme=logement");
        var total = observatory.GetProperty("total").GetInt32();
        Assert.Equal((await Json("/api/search?theme=logement")).GetProperty("total").GetInt32(), total);
        var dimensions = observatory.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("dimension").GetString()).ToList();
        Assert.Equal(["theme", "public", "region", "departement", "organisation", "stage", "evidence", "year", "period"], dimensions);
        var cross = observatory.GetProperty("crossTables")[0];
        Assert.Equal("theme-region", cross.GetProperty("key").GetString());
        Assert.Equal(cross.GetProperty("rows").GetArrayLength(), cross.GetProperty("cells").GetArrayLength());
        var value = observatory.GetProperty("figures")[2].GetProperty("values").EnumerateArray().First(v => v.GetProperty("count").GetInt32() > 0);
        var searchUrl = new Uri(value.GetProperty("searchUrl").GetString()!);
        Assert.Equal(value.GetProperty("count").GetInt32(), (await Json("/api/search" + searchUrl.Query)).GetProperty("total").GetInt32());

        var territories = await Json("/api/territories");
        Assert.Equal(18, territories.GetProperty("regions").GetArrayLength());
        Assert.Equal(101, territories.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("departements").GetArrayLength()));
        var taxonomies = await Json("/api/taxonomies");
        Assert.Equal(8, taxonomies.GetProperty("taxonomies").GetArrayLength());
    }

    private static string? Theme(JsonElement json, string code) =>
        json.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code).GetProperty("label").GetString();

    private async Task<JsonElement> Json(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} : {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

public sealed class SqlitePublicApiTests(SqliteSite site) : PublicApiTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlPublicApiTests(PostgreSqlSite site) : PublicApiTests<PostgreSqlSite>(site);
