using AngleSharp.Dom;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Curation;

/// <summary>Arranging what the editors' pages work on: published write-ups, signed-in editors, forms posted as a browser does.</summary>
public sealed class CurationData(SiteFactory site)
{
    private readonly ReviewTestData data = new(site);

    /// <summary>A published write-up with a unique title word (to find it by search) on the given themes.</summary>
    public async Task<(long Id, string Slug, string Title)> Published(string word, params string[] themes)
    {
        var (author, editor) = (await data.Member(), await data.Editor());
        var title = $"Fiche {word} {Guid.NewGuid().ToString("N")[..6]}";
        var builder = new ContentBuilder().Titled(title);
        if (themes.Length > 0) builder.OnThemes(themes);
        var id = data.Create(author, builder.Build());
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        return (id, data.Initiative(id).Slug, title);
    }

    /// <summary>A write-up still a draft (never published).</summary>
    public async Task<long> Draft() => data.Create(await data.Member(), new ContentBuilder().Titled("Brouillon " + Guid.NewGuid().ToString("N")[..6]).Build());

    public async Task Archive(long id) => data.Act(id, WorkflowAction.Archive, await data.Editor());

    public Task<HttpClient> Editor() => SignIn.SignedInClient(site, Roles.Editor);

    /// <summary>GETs <paramref name="page"/> and posts <paramref name="fields"/> to <paramref name="action"/> with that form's token.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient client, string page, string action, params (string Key, string Value)[] fields)
    {
        var (_, document) = await Html.Get(client, page);
        return await Forms.Post(client, document, action, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
    }

    /// <summary>Posts with a token of the client's session (tokens belong to the session, not to one form): for forged or pasted addresses.</summary>
    public static async Task<HttpResponseMessage> PostAs(HttpClient client, string action, params (string Key, string Value)[] fields)
    {
        var token = await Html.AnyToken(client);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", token))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
    }

    /// <summary>Posts without any antiforgery token (the cookie is there: the client has browsed the site).</summary>
    public static async Task<HttpResponseMessage> PostWithoutToken(HttpClient client, string action, params (string Key, string Value)[] fields)
    {
        await client.GetAsync("/");
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
    }

    public static async Task<string> TextOf(HttpResponseMessage response) => (await Html.Parse(response)).Body!.TextContent;

    public static string? Value(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("value") ?? page.QuerySelector(selector)?.TextContent;

    public T Read<T>(Func<Core.Data.KnowledgeBaseDbContext, T> query)
    {
        using var scope = site.Scope();
        return query(site.Db(scope));
    }

    public Core.Dossiers.Dossier Dossier(long id) => Read(db => db.Dossiers.AsNoTracking().Single(d => d.Id == id));
}
