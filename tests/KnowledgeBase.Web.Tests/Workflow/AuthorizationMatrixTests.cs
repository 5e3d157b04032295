using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Workflow;

/// <summary>
/// Who may do what to a write-up, through HTTP as each role: allowed (200, or a redirect after a
/// POST that worked), refused (403), hidden (404 where existence must not leak), or sent to the
/// sign-in page (anonymous). A refused request changes nothing.
/// </summary>
public abstract class AuthorizationMatrixTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    public enum Who { Anonymous, Author, OtherMember, Reviewer, Editor, Admin }

    public enum Attempt { ViewDraft, EditDraft, Submit, DraftLog, Triage, Publish, Archive, ActivityLog, Dashboard, AdminPages }

    public enum Expect { Allowed, Forbidden, NotFound, SignIn }

    public static TheoryData<Who, Attempt, Expect> Matrix()
    {
        var data = new TheoryData<Who, Attempt, Expect>();
        void Row(Attempt attempt, Expect anonymous, Expect author, Expect other, Expect reviewer, Expect editor, Expect admin)
        {
            data.Add(Who.Anonymous, attempt, anonymous);
            data.Add(Who.Author, attempt, author);
            data.Add(Who.OtherMember, attempt, other);
            data.Add(Who.Reviewer, attempt, reviewer);
            data.Add(Who.Editor, attempt, editor);
            data.Add(Who.Admin, attempt, admin);
        }
        const Expect A = Expect.Allowed, F = Expect.Forbidden, N = Expect.NotFound, S = Expect.SignIn;
        //                         anon author other reviewer editor admin
        // A draft never submitted is its author's alone (PRODUCT.md): editors do not see it either.
        Row(Attempt.ViewDraft,       S,   A,    N,    N,       N,     N);
        Row(Attempt.EditDraft,       S,   A,    N,    N,       N,     N);
        Row(Attempt.Submit,          S,   A,    N,    N,       N,     N);
        Row(Attempt.DraftLog,        S,   A,    N,    N,       N,     N);
        Row(Attempt.Triage,          S,   F,    N,    N,       A,     A);
        Row(Attempt.Publish,         S,   F,    N,    N,       A,     A);
        Row(Attempt.Archive,         S,   F,    F,    F,       A,     A);
        Row(Attempt.ActivityLog,     S,   A,    N,    N,       A,     A);
        Row(Attempt.Dashboard,       S,   F,    F,    F,       A,     A);
        Row(Attempt.AdminPages,      S,   F,    F,    F,       F,     A);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_its_rights(Who who, Attempt attempt, Expect expected)
    {
        var author = await SignIn.CreateMember(site);
        var initiative = Prepare(author.Id, attempt switch
        {
            Attempt.Triage or Attempt.Publish or Attempt.ActivityLog => WorkflowState.Submitted,
            Attempt.Archive => WorkflowState.Published,
            _ => WorkflowState.Draft,
        });
        var client = who switch
        {
            Who.Anonymous => site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
            Who.Author => await SignIn.SignedInClient(site, author),
            Who.OtherMember => await SignIn.SignedInClient(site, Roles.Member),
            Who.Reviewer => await SignIn.SignedInClient(site, Roles.Reviewer),
            Who.Editor => await SignIn.SignedInClient(site, Roles.Editor),
            _ => await SignIn.SignedInClient(site, Roles.Admin),
        };
        var before = Snapshot(initiative.Id);

        var response = await Try(client, attempt, initiative.Id, initiative.Version);

        switch (expected)
        {
            case Expect.Allowed:
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{who} {attempt} : {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.Redirect)
                    Assert.DoesNotContain("/compte/connexion", response.Headers.Location?.OriginalString ?? "");
                break;
            case Expect.SignIn:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/compte/connexion", response.Headers.Location?.PathAndQuery);
                Assert.Equal(before, Snapshot(initiative.Id));
                break;
            default:
                Assert.Equal(expected == Expect.Forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, response.StatusCode);
                Assert.Equal(before, Snapshot(initiative.Id));
                break;
        }
    }

    [Fact]
    public async Task Another_write_ups_id_pasted_in_the_url_is_refused_without_revealing_it()
    {
        var author = await SignIn.CreateMember(site);
        var stranger = await SignIn.CreateMember(site);
        var own = Prepare(author.Id, WorkflowState.Draft);
        var foreign = Prepare(stranger.Id, WorkflowState.Draft);
        var client = await SignIn.SignedInClient(site, author);
        var before = Snapshot(foreign.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/fiches/{foreign.Id}/modifier")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/gestion/fiches/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/gestion/fiches/{foreign.Id}/comparer?a=1&b=1")).StatusCode);
        // The author's own form and version, posted to the other write-up's address.
        Assert.Equal(HttpStatusCode.NotFound, (await Try(client, Attempt.EditDraft, foreign.Id, own.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Try(client, Attempt.Submit, foreign.Id, foreign.Version)).StatusCode);
        Assert.Equal(before, Snapshot(foreign.Id));
        // Unknown ids look the same as hidden ones.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/gestion/fiches/99999999")).StatusCode);
    }

    private async Task<HttpResponseMessage> Try(HttpClient client, Attempt attempt, long id, Guid version)
    {
        switch (attempt)
        {
            case Attempt.ViewDraft: return await client.GetAsync($"/fiches/{id}/modifier");
            case Attempt.ActivityLog or Attempt.DraftLog: return await client.GetAsync($"/gestion/fiches/{id}");
            case Attempt.Dashboard: return await client.GetAsync("/gestion");
            case Attempt.AdminPages: return await client.GetAsync("/admin/membres");
        }
        var token = await AnyToken(client);
        var fields = attempt == Attempt.EditDraft
            ? new Dictionary<string, string>
            {
                ["Version"] = version.ToString(), ["Title"] = "Titre changé par la requête", ["command"] = "save",
            }
            : new Dictionary<string, string>
            {
                ["action"] = attempt switch
                {
                    Attempt.Submit => nameof(WorkflowAction.Submit),
                    Attempt.Triage => nameof(WorkflowAction.SendToReview),
                    Attempt.Publish => nameof(WorkflowAction.Publish),
                    _ => nameof(WorkflowAction.Archive),
                },
                ["version"] = version.ToString(),
                ["message"] = "essai",
            };
        fields["__RequestVerificationToken"] = token;
        var url = attempt == Attempt.EditDraft ? $"/fiches/{id}/modifier" : $"/gestion/fiches/{id}/actions";
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Task<string> AnyToken(HttpClient client) => Html.AnyToken(client);

    private KnowledgeBase.Core.Initiatives.Initiative Prepare(string ownerId, WorkflowState state)
    {
        return new InitiativeBuilder(site).Titled("Fiche de la matrice").By(new Actor(ownerId, false))
            .HandledBy(new Actor("matrix-editor", true)).Build(state);
    }

    private (WorkflowState, Guid, int) Snapshot(long id)
    {
        using var scope = site.Scope();
        var db = site.Db(scope);
        var initiative = db.Initiatives.Single(i => i.Id == id);
        return (initiative.State, initiative.Version, db.Revisions.Count(r => r.InitiativeId == id));
    }
}

public sealed class SqliteAuthorizationMatrixTests(SqliteSite site) : AuthorizationMatrixTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlAuthorizationMatrixTests(PostgreSqlSite site) : AuthorizationMatrixTests<PostgreSqlSite>(site);
