using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KnowledgeBase.TestSupport;

/// <summary>A member created for a service-level test.</summary>
public sealed record Person(string Id, string Email, string DisplayName, string? Organisation, bool IsEditor)
{
    public Actor Actor => new(Id, IsEditor);
}

/// <summary>
/// Arranging peer evaluations through the real services: members with roles (written directly,
/// as the accounts pages are not needed here), write-ups sent to review, reviews written; on
/// the whole site or on Core's services alone.
/// </summary>
public sealed class ReviewTestData(IServiceHost host)
{
    public async Task<Person> Member(string? organisation = "Association Test", params string[] roles)
    {
        var id = Guid.NewGuid().ToString("N");
        var name = "Personne " + id[..8];
        var email = $"{id}@example.org";
        await using var scope = host.Scope();
        var db = host.Db(scope);
        db.Users.Add(new Member
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name, Organisation = organisation, CreatedAt = DateTime.UtcNow,
        });
        foreach (var roleName in roles.Append(Roles.Member).Distinct())
        {
            var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == roleName);
            if (role is null)
            {
                role = new IdentityRole(roleName) { NormalizedName = roleName.ToUpperInvariant() };
                db.Roles.Add(role);
                await db.SaveChangesAsync();
            }
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = id });
        }
        await db.SaveChangesAsync();
        return new Person(id, email, name, organisation, roles.Contains(Roles.Editor) || roles.Contains(Roles.Admin));
    }

    public Task<Person> Reviewer(string? organisation = null) =>
        Member(organisation ?? "Structure " + Guid.NewGuid().ToString("N")[..6], Roles.Reviewer);

    public Task<Person> Editor() => Member("Équipe éditoriale", Roles.Editor);

    /// <summary>A write-up by <paramref name="author"/>, submitted and sent to review by <paramref name="editor"/>.</summary>
    public long UnderReview(Person author, Person editor, InitiativeContent? content = null)
    {
        var id = Create(author, content ?? new ContentBuilder().Titled("Fiche en évaluation " + Guid.NewGuid().ToString("N")[..6]).Build());
        Act(id, WorkflowAction.Submit, author);
        Act(id, WorkflowAction.SendToReview, editor);
        return id;
    }

    public long Create(Person author, InitiativeContent content)
    {
        using var scope = host.Scope();
        return scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().CreateDraft(content, author.Actor).Id;
    }

    public WorkflowOutcome Act(long id, WorkflowAction action, Person actor, string? message = null)
    {
        using var scope = host.Scope();
        var outcome = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().Act(id, Initiative(id).Version, action, actor.Actor, message);
        Assert.True(outcome.Succeeded, $"{action} : {outcome.Kind}");
        return outcome;
    }

    public Initiative Initiative(long id)
    {
        using var scope = host.Scope();
        return host.Db(scope).Initiatives.AsNoTracking().Single(i => i.Id == id);
    }

    /// <summary>Runs <paramref name="action"/> with a service from a fresh scope (one request's worth).</summary>
    public TResult With<TService, TResult>(Func<TService, TResult> action) where TService : notnull
    {
        using var scope = host.Scope();
        return action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public ReviewOutcome Assign(long initiativeId, Person editor, params Person[] reviewers) =>
        With<ReviewerInvitations, ReviewOutcome>(s => s.Assign(initiativeId, reviewers.Select(r => new Invitation(r.Id, Today.AddDays(14))).ToList(), editor.Actor));

    public long AssignmentOf(long initiativeId, Person reviewer)
    {
        using var scope = host.Scope();
        return host.Db(scope).ReviewAssignments.Where(a => a.InitiativeId == initiativeId && a.ReviewerId == reviewer.Id)
            .OrderByDescending(a => a.Id).Select(a => a.Id).First();
    }

    public void Accept(long assignmentId, Person reviewer) =>
        Assert.True(With<ReviewerInbox, ReviewOutcome>(s => s.Accept(assignmentId, true, reviewer.Actor)).Succeeded);

    /// <summary>A complete review: every criterion scored <paramref name="score"/> with a comment.</summary>
    public ReviewDraft Draft(int score, Recommendation recommendation = Recommendation.Publish, string? note = null, string? comment = null)
    {
        var grid = With<EvaluationGridEditing, EvaluationGrid>(g => g.Current());
        return new ReviewDraft(
            grid.Criteria.ToDictionary(c => c.Key, c => new CriterionInput(score, comment ?? $"Commentaire sur {c.NameFr}.")),
            recommendation, "Un commentaire général pour l'autrice.", note);
    }

    public void Submit(long assignmentId, Person reviewer, ReviewDraft draft) =>
        Assert.True(With<ReviewerInbox, ReviewOutcome>(s => s.Save(assignmentId, draft, true, reviewer.Actor)).Succeeded);

    /// <summary>Assigns, accepts and submits a review for each reviewer.</summary>
    public void ReviewedBy(long initiativeId, Person editor, params (Person Reviewer, ReviewDraft Draft)[] reviews)
    {
        Assert.True(Assign(initiativeId, editor, reviews.Select(r => r.Reviewer).ToArray()).Succeeded);
        foreach (var (reviewer, draft) in reviews)
        {
            var assignment = AssignmentOf(initiativeId, reviewer);
            Accept(assignment, reviewer);
            Submit(assignment, reviewer, draft);
        }
    }

    public ReviewOutcome Decide(long initiativeId, Person editor, ReviewDecision decision, EvidenceLevel? evidence = null, string? message = null) =>
        With<ReviewDecisions, ReviewOutcome>(s => s.Decide(initiativeId, Initiative(initiativeId).Version, decision, evidence, message, editor.Actor));
}
