using System.Text;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>
/// The reproductions of issue #11 about what a request can be, replayed against the real
/// server: each gets the right status and a French page (or, for what Kestrel itself refuses,
/// its bare status), never a 500, and the site keeps answering.
/// </summary>
public sealed class RequestLimitTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Theory]
    [InlineData("/erreur")]
    [InlineData("/erreur/200")]
    [InlineData("/erreur/0")]
    [InlineData("/erreur/-1")]
    [InlineData("/erreur/999")]
    [InlineData("/erreur/500")]
    public async Task Error_addresses_reached_directly_are_pages_that_do_not_exist(string url)
    {
        var (response, page) = await Html.Get(site.RawClient(), url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
        foreach (var method in new[] { HttpMethod.Head, HttpMethod.Options, HttpMethod.Post })
            Assert.Equal(HttpStatusCode.NotFound, (await site.RawClient().SendAsync(new HttpRequestMessage(method, url))).StatusCode);
    }

    [Fact]
    public async Task Head_is_answered_like_get_without_a_body_and_other_methods_get_a_french_405()
    {
        var head = await site.RawClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await site.RawClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/initiatives"))).StatusCode);

        var options = await site.RawClient().SendAsync(new HttpRequestMessage(HttpMethod.Options, "/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, options.StatusCode);
        Assert.Equal("Méthode non acceptée", (await Html.Parse(options)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_nul_byte_in_the_path_is_refused_by_the_server_and_the_site_goes_on()
    {
        // Kestrel refuses it before any code of the site runs (docs/decisions/006): a bare 400.
        Assert.Equal(HttpStatusCode.BadRequest, (await site.RawClient().GetAsync("/initiatives/%00")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.RawClient().GetAsync("/health/live")).StatusCode);
        // Other odd paths reach the site: a French 404.
        var (odd, page) = await Html.Get(site.RawClient(), "/initiatives/%C3%28%01");
        Assert.Equal(HttpStatusCode.NotFound, odd.StatusCode);
        Assert.Equal("Page introuvable", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_pasted_page_of_text_in_the_search_is_cut_with_a_message()
    {
        var (response, page) = await Html.Get(site.RawClient(), "/recherche?q=" + Uri.EscapeDataString(string.Join(" ", Enumerable.Repeat("logement", 1200))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("seuls ses 200 premiers caractères", page.QuerySelector(".query-cut")?.TextContent);
        Assert.Equal("200", page.QuerySelector("#q")?.GetAttribute("maxlength"));
        Assert.Equal("200", page.QuerySelector("#q-header")?.GetAttribute("maxlength"));
        Assert.Equal(200, page.QuerySelector("#q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task Over_long_addresses_and_headers_get_french_pages()
    {
        var (longUrl, longPage) = await Html.Get(site.RawClient(), "/initiatives?theme=" + new string('a', 20_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal("Adresse trop longue", longPage.QuerySelector("h1")?.TextContent);

        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("X-Gros", new string('a', 40_000));
        var headers = await site.RawClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, headers.StatusCode);
        Assert.Equal("En-têtes trop volumineux", (await Html.Parse(headers)).QuerySelector("h1")?.TextContent);
    }

    public static TheoryData<string, int> OversizedForms() => new()
    {
        { "plus de 1 024 champs", 413 },
        { "5 000 thématiques", 413 },
        { "une valeur de 5 Mo", 413 },
        { "une clé de 3 Mo", 413 },
        { "un corps de 31 Mo", 413 },
        { "multipart sans frontière", 400 },
        { "multipart cassé", 400 },
    };

    [Theory]
    [MemberData(nameof(OversizedForms))]
    public async Task Oversized_or_malformed_forms_get_400_or_413_with_a_french_page_and_nothing_saved(string what, int expected)
    {
        var author = await SignIn.SignedInClient(site);
        var (_, form) = await Html.Get(author, "/fiches/nouvelle");
        var token = Html.Token(form, "/fiches/nouvelle");
        var before = await Drafts();
        HttpContent content = what switch
        {
            "plus de 1 024 champs" => Form(Enumerable.Range(0, 1100).Select(i => ($"Champ{i}", "x")), token),
            "5 000 thématiques" => Form(Enumerable.Range(0, 5000).Select(_ => ("Themes", "logement")), token),
            "une valeur de 5 Mo" => Form([("Title", "Un titre"), ("Sections[context]", new string('x', 5 * 1024 * 1024))], token),
            "une clé de 3 Mo" => Form([(new string('k', 3 * 1024 * 1024), "x")], token),
            "un corps de 31 Mo" => Form([("Sections[context]", new string('x', 31 * 1024 * 1024))], token),
            "multipart sans frontière" => Typed("Title=x", "multipart/form-data"),
            _ => Typed("--frontiere\r\nContent-Disposition: form-data; name=\"Title\"\r\n\r\nUn titre", "multipart/form-data; boundary=frontiere"),
        };
        HttpResponseMessage response;
        try
        {
            response = await author.PostAsync("/fiches/nouvelle", content);
        }
        catch (HttpRequestException) when (expected == 413)
        {
            // The server may close the connection while a huge body is still being sent.
            Assert.Equal(before, await Drafts());
            return;
        }
        Assert.Equal(expected, (int)response.StatusCode);
        var page = await Html.Parse(response);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("rien n'a été enregistré", page.QuerySelector(".error-explanation")?.TextContent);
        Assert.Equal(before, await Drafts());
        Assert.Equal(HttpStatusCode.OK, (await site.RawClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_json_body_with_the_token_header_is_refused_and_saves_no_empty_draft()
    {
        var author = await SignIn.SignedInClient(site);
        var (_, form) = await Html.Get(author, "/fiches/nouvelle");
        var before = await Drafts();
        var json = new StringContent("{\"Title\":\"x\",\"command\":\"save\"}", Encoding.UTF8, "application/json");
        json.Headers.Add("RequestVerificationToken", Html.Token(form, "/fiches/nouvelle"));
        var response = await author.PostAsync("/fiches/nouvelle", json);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Contenu non accepté", (await Html.Parse(response)).QuerySelector("h1")?.TextContent);
        Assert.Equal(before, await Drafts());
    }

    [Fact]
    public async Task A_form_sent_as_iso_8859_1_is_read_in_its_charset_and_invalid_utf8_is_refused()
    {
        var author = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, author);
        var (_, form) = await Html.Get(client, "/fiches/nouvelle");
        var token = Uri.EscapeDataString(Html.Token(form, "/fiches/nouvelle"));
        var latin1 = Typed($"Title=Caf%E9+au+lait+%E0+la+cr%E8me&command=save&__RequestVerificationToken={token}",
            "application/x-www-form-urlencoded; charset=iso-8859-1");
        var saved = await client.PostAsync("/fiches/nouvelle", latin1);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using (var scope = site.Scope())
        {
            var titles = await site.Db(scope).Initiatives.Where(i => i.OwnerId == author.Id).Select(i => i.CurrentRevision!.Content).ToListAsync();
            Assert.Equal(["Café au lait à la crème"], titles.Select(c => c.Title));
        }

        var before = await Drafts();
        var invalid = await client.PostAsync("/fiches/nouvelle", Typed($"Title=Caf%E9&command=save&__RequestVerificationToken={token}"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("caractères illisibles", (await Html.Parse(invalid)).QuerySelector(".error-explanation")?.TextContent);
        Assert.Equal(before, await Drafts());
    }

    [Fact]
    public async Task The_api_answers_problem_documents_in_french()
    {
        var response = await site.RawClient().GetAsync("/api/inconnue");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Aucune ressource à /api/inconnue", await response.Content.ReadAsStringAsync());
        var search = await site.RawClient().GetAsync("/api/search?q=" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    private async Task<int> Drafts()
    {
        await using var scope = site.Scope();
        return await site.Db(scope).Revisions.CountAsync();
    }

    private static HttpContent Form(IEnumerable<(string Key, string Value)> fields, string token) =>
        new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static HttpContent Typed(string body, string type = "application/x-www-form-urlencoded")
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }
}
