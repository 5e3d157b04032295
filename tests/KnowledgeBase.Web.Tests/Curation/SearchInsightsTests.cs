using KnowledgeBase.Core.Insights;

namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>
/// What visitors search and fail to find: the daily aggregates hold only the day, the
/// normalised text, the count and the results, whoever searched; the editors' page over a
/// chosen period with its one-click actions; the purge after the configured retention.
/// </summary>
public abstract class SearchInsightsTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private readonly CurationData data = new(site);

    private async Task<List<SearchQueryDay>> Flushed()
    {
        await using var scope = site.Scope();
        scope.ServiceProvider.GetRequiredService<QueryLogStore>().Flush();
        return await site.Db(scope).SearchQueries.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task The_aggregates_never_hold_who_searched()
    {
        var member = await SignIn.CreateMember(site);
        var client = await SignIn.SignedInClient(site, member);
        var word = "Ornithorynque" + Guid.NewGuid().ToString("N")[..4];
        foreach (var (address, text) in new[] { ("203.0.113.7", $"  {word}   Rural "), ("198.51.100.23", $"{word.ToUpperInvariant()} rural") })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/recherche?q=" + Uri.EscapeDataString(text));
            request.Headers.Add("X-Forwarded-For", address);
            request.Headers.Add("User-Agent", "Navigateur-Test/1.0");
            request.Headers.Referrer = new Uri("https://example.org/page-de-depart");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
        await client.GetAsync("/recherche?q=" + Uri.EscapeDataString(member.Email)); // a contact typed in the box is not kept
        await site.NewClient().GetAsync($"/recherche?q={word}+rural&page=2"); // only first pages count
        await (await data.Editor()).GetAsync($"/recherche?q={word}+rural"); // editors trying their report's queries do not count

        var rows = await Flushed();
        var row = Assert.Single(rows, r => r.Query.Contains(word.ToLowerInvariant()));
        Assert.Equal($"{word.ToLowerInvariant()} rural", row.Query);
        Assert.Equal(2, row.Searches);
        Assert.Equal(0, row.Results);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), row.Day);

        await using var scope = site.Scope();
        var db = site.Db(scope);
        var entity = db.Model.FindEntityType(typeof(SearchQueryDay))!;
        Assert.Equal(["Day", "Id", "Query", "Results", "Searches"], entity.GetProperties().Select(p => p.Name).Order());
        var table = entity.GetTableName()!;
        var columns = db.Database.SqlQueryRaw<string>(site.Provider == Core.Data.DatabaseProvider.Sqlite
            ? $"SELECT name AS \"Value\" FROM pragma_table_info('{table}')"
            : $"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = '{table}'").ToList();
        Assert.Equal(entity.GetProperties().Select(p => p.GetColumnName()).Order(), columns.Order());
        var everything = string.Join("\n", rows.Select(r => r.Query));
        foreach (var personal in new[] { member.Email, member.Id, member.DisplayName, "203.0.113.7", "198.51.100.23", "Navigateur-Test", "example.org" })
            Assert.DoesNotContain(personal, everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Editors_see_the_queries_that_found_nothing_over_a_period_and_note_a_missing_write_up()
    {
        var word = "Chalumeau" + Guid.NewGuid().ToString("N")[..4];
        var old = "Cornemuse" + Guid.NewGuid().ToString("N")[..4];
        await Eventually.IndexCaughtUp(site); // "logement" finds write-ups once the index is built
        await site.NewClient().GetAsync($"/recherche?q={word}");
        await site.NewClient().GetAsync("/recherche?q=logement");
        await Flushed();
        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            db.SearchQueries.Add(new SearchQueryDay { Day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40), Query = old.ToLowerInvariant(), Searches = 7, Results = 0 });
            await db.SaveChangesAsync();
        }
        var editor = await data.Editor();

        var (response, page) = await Html.Get(editor, "/gestion/recherches");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = page.QuerySelector("table.queries-sans-resultat")!;
        var line = failed.QuerySelectorAll("tr").Single(tr => tr.TextContent.Contains(word.ToLowerInvariant()));
        Assert.NotNull(line.QuerySelector($"a[href='/recherche?q={word.ToLowerInvariant()}']"));
        Assert.NotNull(line.QuerySelector($"a[href='/gestion/synonymes?nouveau={word.ToLowerInvariant()}']"));
        Assert.DoesNotContain("logement", failed.TextContent);
        Assert.Contains("logement", page.QuerySelector("table.queries-frequentes")!.TextContent);
        Assert.DoesNotContain(old.ToLowerInvariant(), page.Body!.TextContent); // 40 days ago: outside the default 30

        var from = DateTime.UtcNow.AddDays(-60).ToString("yyyy-MM-dd");
        var (_, longer) = await Html.Get(editor, $"/gestion/recherches?from={from}");
        Assert.Contains(old.ToLowerInvariant(), longer.QuerySelector("table.queries-sans-resultat")!.TextContent);
        var (_, reversed) = await Html.Get(editor, $"/gestion/recherches?from=2030-01-01&to=2029-01-01");
        Assert.NotNull(reversed.QuerySelector(".alert"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/gestion/recherches?from=n'importe&to=quoi")).StatusCode);

        var here = $"/gestion/recherches?from={from}&to={DateTime.UtcNow:yyyy-MM-dd}";
        var noted = await CurationData.Post(editor, here, "/gestion/recherches/manquantes", ("query", word), ("returnUrl", here));
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        Assert.Equal(here, noted.Headers.Location!.OriginalString);
        var gap = data.Read(db => db.ContentGaps.AsNoTracking().Single(g => g.Query == word.ToLowerInvariant()));
        Assert.Null(gap.ResolvedAt);
        Assert.Contains(word.ToLowerInvariant(), (await Html.Get(editor, here)).Document.QuerySelector(".content-gaps")!.TextContent);
        // Elsewhere as the way back is not followed.
        var away = await CurationData.PostAs(editor, $"/gestion/recherches/manquantes/{gap.Id}", ("returnUrl", "https://example.org/"));
        Assert.Equal("/gestion/recherches", away.Headers.Location!.OriginalString);
        Assert.NotNull(data.Read(db => db.ContentGaps.Single(g => g.Id == gap.Id).ResolvedAt));
        Assert.Equal(HttpStatusCode.Redirect, (await CurationData.PostAs(editor, "/gestion/recherches/manquantes", ("query", "   "))).StatusCode);
        Assert.Equal(2, data.Read(db => db.EditorialLog.Count(l => l.Text.Contains(word.ToLowerInvariant()))));
    }

    [Fact]
    public async Task Aggregates_older_than_the_retention_are_purged_and_the_privacy_page_says_so()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var scope = site.Scope();
        var db = site.Db(scope);
        db.SearchQueries.AddRange(
            new SearchQueryDay { Day = today.AddMonths(-14), Query = "trop ancienne", Searches = 1, Results = 0 },
            new SearchQueryDay { Day = today.AddMonths(-12), Query = "encore gardée", Searches = 1, Results = 0 });
        await db.SaveChangesAsync();

        Assert.True(scope.ServiceProvider.GetRequiredService<QueryLogStore>().Purge() >= 1);

        var left = await db.SearchQueries.AsNoTracking().Select(q => q.Query).ToListAsync();
        Assert.DoesNotContain("trop ancienne", left);
        Assert.Contains("encore gardée", left);
        var (_, privacy) = await Html.Get(site.NewClient(), "/confidentialite");
        Assert.Contains("13 mois", privacy.QuerySelector(".privacy-retention")!.TextContent);
    }
}

/// <summary>A retention of 13 months (the setting), to see that it is read.</summary>
public sealed class ShortRetentionSqliteSite : SiteFactory
{
    public ShortRetentionSqliteSite() : base(Core.Data.DatabaseProvider.Sqlite) => Settings["SearchLog:RetentionMonths"] = "13";
}

public sealed class ShortRetentionPostgreSqlSite : SiteFactory
{
    public ShortRetentionPostgreSqlSite() : base(Core.Data.DatabaseProvider.PostgreSql) => Settings["SearchLog:RetentionMonths"] = "13";
}

public sealed class SqliteSearchInsightsTests(ShortRetentionSqliteSite site) : SearchInsightsTests<ShortRetentionSqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlSearchInsightsTests(ShortRetentionPostgreSqlSite site) : SearchInsightsTests<ShortRetentionPostgreSqlSite>(site);
