using AngleSharp.Dom;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Web.Tests.Reviews;

/// <summary>The steps the review page tests take: people, write-ups, invitations, reviews, decisions.</summary>
public abstract partial class ReviewPagesTests<TSite>
{
    private static IEnumerable<string> Secrets(params Signed[] reviewers) =>
        reviewers.SelectMany(r => new[] { r.Member.DisplayName, r.Member.Email, r.Member.Organisation });

    private async Task<Signed> Person(string role, string? organisation = null)
    {
        var member = await SignIn.CreateMember(site, role);
        if (organisation is not null)
        {
            await using var scope = site.Scope();
            var db = site.Db(scope);
            (await db.Users.SingleAsync(u => u.Id == member.Id)).Organisation = organisation;
            await db.SaveChangesAsync();
            member = member with { Organisation = organisation };
        }
        return new Signed(member, await SignIn.SignedInClient(site, member));
    }

    private long Submitted(TestMember author, string title, string? partnerName = null)
    {
        var content = new ContentBuilder().Titled(title).Build();
        if (partnerName is not null) content.Partners = [new Core.Initiatives.Partner { Name = partnerName, Type = "association" }];
        return new InitiativeBuilder(site).With(content).By(new Actor(author.Id, false)).Build(WorkflowState.Submitted).Id;
    }

    private void Revise(TestMember author, long id, string title)
    {
        using var scope = site.Scope();
        var workflow = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>();
        var actor = new Actor(author.Id, false);
        var content = new ContentBuilder().Titled(title).Build();
        content.Sections.Results = "Évaluation externe en 2024 : 70 % des ménages relogés en six mois.";
        var saved = workflow.Save(id, site.Db(scope).Initiatives.AsNoTracking().Single(i => i.Id == id).Version, content, actor);
        Assert.True(saved.Succeeded);
        Assert.True(workflow.Act(id, saved.Initiative!.Version, WorkflowAction.Submit, actor, null).Succeeded);
    }

    /// <summary>A write-up submitted by a new author, sent to review by a new editor, one new reviewer invited for nine days.</summary>
    private async Task<(Signed Author, Signed Editor, Signed Reviewer, long Id)> OneReviewerInvited(string title, string structure)
    {
        var author = await Person(Roles.Member);
        var editor = await Person(Roles.Editor);
        var reviewer = await Person(Roles.Reviewer, structure + Guid.NewGuid().ToString("N")[..4]);
        var id = Submitted(author.Member, title);
        await SendToReview(editor.Client, id);
        Invite(editor, reviewer, id, days: 9);
        return (author, editor, reviewer, id);
    }

    private void Invite(Signed editor, Signed reviewer, long id, int days)
    {
        using var scope = site.Scope();
        scope.ServiceProvider.GetRequiredService<ReviewerInvitations>().Assign(id,
            [new Invitation(reviewer.Member.Id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)))], new Actor(editor.Member.Id, true));
    }

    private async Task SendToReview(HttpClient editor, long id)
    {
        var (_, page) = await Html.Get(editor, $"/gestion/fiches/{id}");
        var version = page.QuerySelector("input[name='version']")!.GetAttribute("value")!;
        var response = await Forms.Post(editor, page, $"/gestion/fiches/{id}/actions",
            [new("action", nameof(WorkflowAction.SendToReview)), new("version", version), new("message", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Decide(HttpClient editor, long id, string decision, string? evidence, string? message, Guid? version = null)
    {
        var (_, page) = await Html.Get(editor, $"/gestion/fiches/{id}/evaluations");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("decision", decision),
            new("version", version?.ToString() ?? page.QuerySelector("input[name='version']")!.GetAttribute("value")!),
            new("message", message ?? ""),
        };
        if (evidence is not null) fields.Add(new("evidence", evidence));
        return await Forms.Post(editor, page, $"/gestion/fiches/{id}/decision", fields);
    }

    private async Task Review(Signed reviewer, long id, int score, string comment, string note)
    {
        var assignment = Assignment(id, reviewer.Member.Id);
        await Accept(reviewer, assignment);
        await Submit(reviewer, assignment, score, comment, note);
    }

    private async Task Accept(Signed reviewer, long assignment)
    {
        var (_, page) = await Html.Get(reviewer.Client, $"/evaluations/{assignment}");
        var response = await Forms.Post(reviewer.Client, page, $"/evaluations/{assignment}/accepter", [new("declaresNoConflict", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task Submit(Signed reviewer, long assignment, int score, string comment, string note)
    {
        var fields = CriterionKeys().SelectMany(k => Score(k, score, $"{comment} ({k})"))
            .Append(new("Recommendation", "Publish")).Append(new("GeneralComment", comment + " en général"))
            .Append(new("ConfidentialNote", note)).Append(new("command", "submit"));
        var response = await PostReview(reviewer, assignment, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostReview(Signed reviewer, long assignment, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (_, page) = await Html.Get(reviewer.Client, $"/evaluations/{assignment}");
        return await Forms.Post(reviewer.Client, page, $"/evaluations/{assignment}", fields);
    }

    private static IEnumerable<KeyValuePair<string, string>> Score(string key, int score, string comment) =>
        [new($"Scores[{key}].Score", score.ToString()), new($"Scores[{key}].Comment", comment)];

    private List<string> CriterionKeys()
    {
        using var scope = site.Scope();
        return scope.ServiceProvider.GetRequiredService<EvaluationGridEditing>().Current().Ordered.Select(c => c.Key).ToList();
    }

    private long Assignment(long initiativeId, string reviewerId)
    {
        using var scope = site.Scope();
        return site.Db(scope).ReviewAssignments.Where(a => a.InitiativeId == initiativeId && a.ReviewerId == reviewerId).Max(a => a.Id);
    }

    private WorkflowState State(long id)
    {
        using var scope = site.Scope();
        return site.Db(scope).Initiatives.AsNoTracking().Single(i => i.Id == id).State;
    }

    private string Slug(long id)
    {
        using var scope = site.Scope();
        return site.Db(scope).Initiatives.AsNoTracking().Single(i => i.Id == id).Slug;
    }

    internal static Task<string> AnyToken(HttpClient client) => Html.AnyToken(client);

    internal static Task<HttpResponseMessage> Post(HttpClient client, string url, string token, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token))));
}
