using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Tests.Workflow;

/// <summary>The workflow rules, revisions, concurrency and notifications, through the real services and database.</summary>
public abstract class WorkflowServiceTests<THost>(THost host) : IClassFixture<THost> where THost : CoreHost
{
    private readonly Actor author = new("a-" + Guid.NewGuid().ToString("N"), false);
    private readonly Actor otherMember = new("o-" + Guid.NewGuid().ToString("N"), false);
    private readonly Actor editor = new("e-" + Guid.NewGuid().ToString("N"), true);

    [Fact]
    public async Task Every_save_is_a_new_immutable_revision()
    {
        var id = Create(new ContentBuilder().Titled("Première version").Build());
        Save(id, new ContentBuilder().Titled("Deuxième version").Build(), author);
        Save(id, new ContentBuilder().Titled("Troisième version").Build(), author);
        await using var scope = host.Scope();
        var revisions = await host.Db(scope).Revisions.Where(r => r.InitiativeId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(["Première version", "Deuxième version", "Troisième version"], revisions.Select(r => r.Content.Title));
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        var initiative = await host.Db(scope).Initiatives.SingleAsync(i => i.Id == id);
        Assert.Equal(revisions[^1].Id, initiative.CurrentRevisionId);
    }

    [Fact]
    public void Submitting_an_incomplete_write_up_says_what_is_missing()
    {
        var content = new ContentBuilder().Build();
        content.Summary = "";
        content.Sections.Results = " ";
        content.Themes = [];
        var id = Create(content);
        var outcome = Act(id, WorkflowAction.Submit, author);
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Problems!, p => p.Field == "summary" && p.Message == "Le résumé est obligatoire.");
        Assert.Contains(outcome.Problems!, p => p.Field == "sections.results" && p.Message.Contains("Résultats et évaluation"));
        Assert.Contains(outcome.Problems!, p => p.Field == "themes");
        Assert.Equal(WorkflowState.Draft, State(id));
    }

    [Fact]
    public void Actions_follow_the_table_and_the_roles()
    {
        var id = Create(new ContentBuilder().Build());
        // A draft never submitted is its author's alone: editors do not even see it.
        Assert.Equal(OutcomeKind.NotFound, Act(id, WorkflowAction.Publish, editor).Kind);
        Assert.Equal(OutcomeKind.NotFound, Act(id, WorkflowAction.Submit, otherMember).Kind);
        Assert.Equal(OutcomeKind.NotFound, Act(id, WorkflowAction.Submit, editor).Kind);
        Assert.True(Act(id, WorkflowAction.Submit, author).Succeeded);
        Assert.Equal(OutcomeKind.NotAllowed, Act(id, WorkflowAction.Archive, editor).Kind);
        Assert.Equal(OutcomeKind.Forbidden, Act(id, WorkflowAction.Publish, author).Kind);
        Assert.Equal(OutcomeKind.NotAllowed, Act(id, WorkflowAction.Submit, author).Kind);
        Assert.True(Act(id, WorkflowAction.RequestChanges, editor, "Précisez les résultats.").Succeeded);
        Assert.Equal(WorkflowState.ChangesRequested, State(id));
        Assert.True(Act(id, WorkflowAction.Submit, author).Succeeded);
        Assert.True(Act(id, WorkflowAction.Publish, editor).Succeeded);
        Assert.Equal(OutcomeKind.Forbidden, Act(id, WorkflowAction.Archive, otherMember).Kind);
        Assert.True(Act(id, WorkflowAction.Archive, editor).Succeeded);
        Assert.Equal(OutcomeKind.NotFound, Act(id, WorkflowAction.Restore, otherMember).Kind);
    }

    [Fact]
    public async Task Every_transition_is_logged_with_who_when_from_to_and_message()
    {
        var id = Create(new ContentBuilder().Build());
        Act(id, WorkflowAction.Submit, author);
        Act(id, WorkflowAction.RequestChanges, editor, "Ajoutez le budget.");
        await using var scope = host.Scope();
        var log = await host.Db(scope).WorkflowTransitions.Where(t => t.InitiativeId == id).OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(2, log.Count);
        Assert.Equal((WorkflowState.Draft, WorkflowState.Submitted, author.MemberId), (log[0].From, log[0].To, log[0].ActorId));
        Assert.Equal((WorkflowState.Submitted, WorkflowState.ChangesRequested, editor.MemberId, "Ajoutez le budget."),
            (log[1].From, log[1].To, log[1].ActorId, log[1].Message));
        Assert.True(log[1].At >= log[0].At);
    }

    [Fact]
    public async Task Revising_a_published_write_up_keeps_the_published_version_online()
    {
        var id = Create(new ContentBuilder().Titled("Version en ligne").Build());
        Act(id, WorkflowAction.Submit, author);
        Act(id, WorkflowAction.Publish, editor);
        Save(id, new ContentBuilder().Titled("Version retravaillée").Build(), author);
        Assert.Equal(WorkflowState.Draft, State(id));
        await using (var scope = host.Scope())
        {
            var published = scope.ServiceProvider.GetRequiredService<PublishedInitiatives>().Find(Slug(id));
            Assert.Equal("Version en ligne", published!.Content.Title);
        }
        Act(id, WorkflowAction.Submit, author);
        Act(id, WorkflowAction.Publish, editor);
        await using (var scope = host.Scope())
        {
            var published = scope.ServiceProvider.GetRequiredService<PublishedInitiatives>().Find(Slug(id));
            Assert.Equal("Version retravaillée", published!.Content.Title);
        }
    }

    [Fact]
    public async Task Of_two_people_saving_at_once_the_second_gets_a_conflict_and_nothing_is_overwritten()
    {
        var id = Create(new ContentBuilder().Titled("Départ").Build());
        var loadedVersion = Version(id);
        await using (var scope = host.Scope())
        {
            var first = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>()
                .Save(id, loadedVersion, new ContentBuilder().Titled("Texte du premier").Build(), author);
            Assert.True(first.Succeeded);
        }
        await using (var scope = host.Scope())
        {
            var second = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>()
                .Save(id, loadedVersion, new ContentBuilder().Titled("Texte du second").Build(), author);
            Assert.Equal(OutcomeKind.Conflict, second.Kind);
        }
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            Assert.Equal(2, await db.Revisions.CountAsync(r => r.InitiativeId == id));
            var current = await db.Initiatives.Include(i => i.CurrentRevision).SingleAsync(i => i.Id == id);
            Assert.Equal("Texte du premier", current.CurrentRevision!.Content.Title);
        }
        // An action on a stale version is refused the same way.
        Assert.Equal(OutcomeKind.Conflict, ActWithVersion(id, loadedVersion, WorkflowAction.Submit, author).Kind);
    }

    [Fact]
    public async Task Concurrent_saves_racing_in_the_database_never_both_win()
    {
        var id = Create(new ContentBuilder().Build());
        var version = Version(id);
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Task.Run(async () =>
        {
            await using var scope = host.Scope();
            return scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>()
                .Save(id, version, new ContentBuilder().Titled($"Version {n}").Build(), author).Kind;
        })));
        Assert.Equal(1, outcomes.Count(o => o == OutcomeKind.Done));
        Assert.All(outcomes.Where(o => o != OutcomeKind.Done), o => Assert.Equal(OutcomeKind.Conflict, o));
    }

    [Fact]
    public async Task Transitions_notify_the_author_and_submissions_notify_editors()
    {
        await using (var scope = host.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<KnowledgeBase.Core.Data.KnowledgeBaseDbContext>();
            users.Users.Add(new Member { Id = author.MemberId, UserName = author.MemberId, Email = $"{author.MemberId}@example.org", DisplayName = "Autrice" });
            users.Users.Add(new Member { Id = editor.MemberId, UserName = editor.MemberId, Email = $"{editor.MemberId}@example.org", DisplayName = "Éditeur" });
            var role = await users.Roles.SingleOrDefaultAsync(r => r.Name == Roles.Editor);
            if (role is null)
            {
                role = new IdentityRole(Roles.Editor) { NormalizedName = Roles.Editor.ToUpperInvariant() };
                users.Roles.Add(role);
            }
            users.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = editor.MemberId });
            await users.SaveChangesAsync();
        }
        var id = Create(new ContentBuilder().Titled("Fiche à notifier").Build());
        Act(id, WorkflowAction.Submit, author);
        Act(id, WorkflowAction.RequestChanges, editor, "Merci de compléter.");
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            var toEditor = await db.Notifications.Where(n => n.MemberId == editor.MemberId && n.InitiativeId == id).ToListAsync();
            var toAuthor = await db.Notifications.Where(n => n.MemberId == author.MemberId && n.InitiativeId == id).ToListAsync();
            Assert.Single(toEditor);
            Assert.Contains("soumise", toEditor[0].Text);
            Assert.Single(toAuthor);
            Assert.Contains("Merci de compléter.", toAuthor[0].Text);
        }
        var mail = await Mailbox.WaitFor(host, $"{author.MemberId}@example.org");
        Assert.Contains("Merci de compléter.", mail.Body);
        Assert.Contains($"/gestion/fiches/{id}", mail.Body);
    }

    private long Create(InitiativeContent content)
    {
        using var scope = host.Scope();
        return scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().CreateDraft(content, author).Id;
    }

    private void Save(long id, InitiativeContent content, Actor actor)
    {
        using var scope = host.Scope();
        Assert.True(scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().Save(id, Version(id), content, actor).Succeeded);
    }

    private WorkflowOutcome Act(long id, WorkflowAction action, Actor actor, string? message = null) =>
        ActWithVersion(id, Version(id), action, actor, message);

    private WorkflowOutcome ActWithVersion(long id, Guid version, WorkflowAction action, Actor actor, string? message = null)
    {
        using var scope = host.Scope();
        return scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().Act(id, version, action, actor, message);
    }

    private Guid Version(long id) => Read(id).Version;
    private WorkflowState State(long id) => Read(id).State;
    private string Slug(long id) => Read(id).Slug;

    private Initiative Read(long id)
    {
        using var scope = host.Scope();
        return host.Db(scope).Initiatives.AsNoTracking().Single(i => i.Id == id);
    }
}

public sealed class SqliteWorkflowServiceTests(SqliteHost host) : WorkflowServiceTests<SqliteHost>(host);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlWorkflowServiceTests(PostgreSqlHost host) : WorkflowServiceTests<PostgreSqlHost>(host);
