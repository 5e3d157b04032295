using System.Text.Json;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Core.Tests.Reviews;

/// <summary>Peer evaluation through the real services and database: grid, rounds, conflicts, reviews, decisions, anonymity.</summary>
public abstract partial class ReviewServiceTests<THost>(THost host) : IClassFixture<THost> where THost : CoreHost
{
    private readonly THost host = host;

    private readonly ReviewTestData data = new(host);

    [Fact]
    public async Task The_default_grid_is_created_once_on_first_use_even_when_asked_at_once()
    {
        var grids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => data.With<EvaluationGridEditing, EvaluationGrid>(g => g.Current()))));
        Assert.Single(grids.Select(g => g.Id).Distinct());
        Assert.Equal(7, grids[0].Criteria.Count);
        await using var scope = host.Scope();
        Assert.Equal(1, await host.Db(scope).EvaluationGrids.CountAsync(g => g.Version == 1));
    }

    [Fact]
    public async Task Assignment_refuses_conflicts_of_interest_with_the_reason_and_invites_nobody()
    {
        var (editor, author) = (await data.Editor(), await data.Member("CCAS de Saint-Étienne"));
        var content = new ContentBuilder().Build();
        content.LeadOrganisation.Name = "CCAS de Saint-Étienne";
        content.Partners = [new Partner { Name = "Mission locale Loire Sud", Type = "association" }];
        var id = data.UnderReview(author, editor, content);
        var colleague = await data.Reviewer("ccas de saint etienne");
        var partner = await data.Reviewer("MISSION LOCALE LOIRE-SUD");
        var fine = await data.Reviewer("Département du Rhône");
        var plainMember = await data.Member("Autre");

        var outcome = data.Assign(id, editor, colleague, partner, fine, plainMember);
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Problems, p => p.Field == colleague.Id && p.Message.Contains("conflit d'intérêts") && p.Message.Contains("structure porteuse"));
        Assert.Contains(outcome.Problems, p => p.Field == partner.Id && p.Message.Contains("structure partenaire (Mission locale Loire Sud)"));
        Assert.Contains(outcome.Problems, p => p.Field == plainMember.Id && p.Message.Contains("rôle d'évaluateur"));
        Assert.DoesNotContain(outcome.Problems, p => p.Field == fine.Id);
        await using (var scope = host.Scope())
            Assert.False(await host.Db(scope).ReviewAssignments.AnyAsync(a => a.InitiativeId == id));

        // The author, made a reviewer, is refused as author.
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            var role = await db.Roles.SingleAsync(r => r.Name == KnowledgeBase.Core.Accounts.Roles.Reviewer);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { RoleId = role.Id, UserId = author.Id });
            await db.SaveChangesAsync();
        }
        var self = data.Assign(id, editor, author);
        Assert.Contains(self.Problems, p => p.Message.Contains("Auteur"));

        // The candidate list shows the same reasons, and who can be invited.
        var page = data.With<ReviewerInvitations, AssignmentPage?>(s => s.Page(id, editor.Actor))!;
        Assert.Contains(page.Candidates, c => c.Id == colleague.Id && !c.CanBeInvited && c.Conflicts.Single().Contains("structure porteuse"));
        Assert.Contains(page.Candidates, c => c.Id == fine.Id && c.CanBeInvited);
        Assert.DoesNotContain(page.Candidates, c => c.Id == plainMember.Id);
    }

    [Fact]
    public async Task Assignment_checks_state_role_and_due_dates()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var draftId = data.Create(author, new ContentBuilder().Build());
        var notUnderReview = data.Assign(draftId, editor, reviewer);
        Assert.Equal(OutcomeKind.NotAllowed, notUnderReview.Kind);
        var id = data.UnderReview(author, editor);
        Assert.Equal(OutcomeKind.Forbidden, data.Assign(id, author, reviewer).Kind);
        Assert.Equal(OutcomeKind.NotFound, data.Assign(long.MaxValue, editor, reviewer).Kind);
        var past = data.With<ReviewerInvitations, ReviewOutcome>(s => s.Assign(id, [new Invitation(reviewer.Id, data.Today)], editor.Actor));
        Assert.Contains(past.Problems, p => p.Message.Contains("postérieure à aujourd'hui"));
        var none = data.With<ReviewerInvitations, ReviewOutcome>(s => s.Assign(id, [], editor.Actor));
        Assert.Equal(OutcomeKind.Invalid, none.Kind);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        var twice = data.Assign(id, editor, reviewer);
        Assert.Contains(twice.Problems, p => p.Message.Contains("déjà sollicité"));
    }

    [Fact]
    public async Task A_full_review_round_publishes_with_an_evidence_level_and_a_public_summary()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var (first, second, third) = (await data.Reviewer(), await data.Reviewer(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, first, second, third).Succeeded);

        // Invitations reach the reviewers in the app and by email.
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            Assert.Equal(3, await db.Notifications.CountAsync(n => (n.MemberId == first.Id || n.MemberId == second.Id || n.MemberId == third.Id) && n.Text.StartsWith("Invitation")));
        }
        Assert.Contains("/evaluations/", (await Mailbox.WaitFor(host, first.Email)).Body);

        var a1 = data.AssignmentOf(id, first);
        var a2 = data.AssignmentOf(id, second);
        var a3 = data.AssignmentOf(id, third);
        // Accepting needs the declaration; declining needs a reason.
        Assert.Equal(OutcomeKind.Invalid, data.With<ReviewerInbox, ReviewOutcome>(s => s.Accept(a1, false, first.Actor)).Kind);
        Assert.Equal(OutcomeKind.Invalid, data.With<ReviewerInbox, ReviewOutcome>(s => s.Decline(a3, " ", third.Actor)).Kind);
        Assert.True(data.With<ReviewerInbox, ReviewOutcome>(s => s.Decline(a3, "Déjà trop d'évaluations en cours.", third.Actor)).Succeeded);
        data.Accept(a1, first);
        data.Accept(a2, second);

        // Writing before accepting is refused; an incomplete submission says what is missing.
        var incomplete = data.Draft(3) with { Recommendation = null };
        var refused = data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(a1, incomplete with
        {
            Scores = incomplete.Scores.ToDictionary(p => p.Key, p => p.Key == "innovation" ? new CriterionInput(null, "") : p.Value),
        }, true, first.Actor));
        Assert.Equal(OutcomeKind.Invalid, refused.Kind);
        Assert.Contains(refused.Problems, p => p.Field == "Scores[innovation].Score");
        Assert.Contains(refused.Problems, p => p.Field == "Scores[innovation].Comment");
        Assert.Contains(refused.Problems, p => p.Field == "Recommendation");
        var outOfRange = data.Draft(5);
        Assert.Contains(data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(a1, outOfRange, false, first.Actor)).Problems, p => p.Message.Contains("de 1 à 4"));

        data.Submit(a1, first, data.Draft(4, note: "Note confidentielle n° 1"));
        // Publishing as promising needs two reviews.
        var early = data.Decide(id, editor, ReviewDecision.Publish, EvidenceLevel.Promising);
        Assert.Equal(OutcomeKind.Invalid, early.Kind);
        Assert.Contains("au moins 2 évaluations", early.Problems.Single().Message);
        data.Submit(a2, second, data.Draft(3, Recommendation.PublishAfterChanges));
        Assert.Equal(OutcomeKind.NotAllowed, data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(a2, data.Draft(1), false, second.Actor)).Kind);

        var page = data.With<ReviewDecisions, DecisionPage?>(s => s.Page(id, editor.Actor))!;
        var round = page.Open!;
        Assert.Equal(2, round.Summary.ReviewCount);
        Assert.All(round.Summary.Criteria, c => Assert.Equal((3.5, 1), (c.Mean!.Value, c.Spread!.Value)));
        Assert.Equal(EvidenceLevel.Proven, round.SuggestedEvidence);
        Assert.Contains(round.Assignments, a => a.Assignment.State == AssignmentState.Declined && a.Assignment.DeclineReason!.Contains("trop"));
        Assert.Contains(round.Reviewed, a => a.ReviewerName == first.DisplayName && a.Review!.ConfidentialNote == "Note confidentielle n° 1");

        Assert.Equal(OutcomeKind.Forbidden, data.Decide(id, author, ReviewDecision.Publish, EvidenceLevel.Proven).Kind);
        int tasksBefore;
        await using (var scope = host.Scope()) tasksBefore = await host.Db(scope).IndexTasks.CountAsync(t => t.InitiativeId == id);
        Assert.True(data.Decide(id, editor, ReviewDecision.Publish, EvidenceLevel.Proven, "Bravo.").Succeeded);

        var initiative = data.Initiative(id);
        Assert.Equal((WorkflowState.Published, EvidenceLevel.Proven), (initiative.State, initiative.EvidenceLevel));
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            Assert.True(await db.IndexTasks.CountAsync(t => t.InitiativeId == id) > tasksBefore);
            var closed = await db.ReviewRounds.SingleAsync(r => r.InitiativeId == id);
            Assert.Equal((ReviewDecision.Publish, EvidenceLevel.Proven), (closed.Decision!.Value, closed.Evidence!.Value));
        }
        var summary = data.With<ReviewSummaries, PublicReviewSummary?>(s => s.ForPublishedRevision(id))!;
        Assert.Equal(2, summary.ReviewCount);
        Assert.Equal(7, summary.Summary.Criteria.Count(c => c.Mean == 3.5));
        await Indexer.CatchUp(host);
    }

    [Fact]
    public async Task A_second_round_reinvites_the_first_rounds_reviewers_in_one_call()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var (first, second, decliner) = (await data.Reviewer(), await data.Reviewer(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, first, second, decliner).Succeeded);
        Assert.True(data.With<ReviewerInbox, ReviewOutcome>(s => s.Decline(data.AssignmentOf(id, decliner), "Indisponible.", decliner.Actor)).Succeeded);
        foreach (var reviewer in new[] { first, second })
        {
            var a = data.AssignmentOf(id, reviewer);
            data.Accept(a, reviewer);
            data.Submit(a, reviewer, data.Draft(2, Recommendation.PublishAfterChanges));
        }
        Assert.True(data.Decide(id, editor, ReviewDecision.RequestChanges, message: "Précisez l'évaluation.").Succeeded);
        Assert.Equal(WorkflowState.ChangesRequested, data.Initiative(id).State);
        Assert.Equal(OutcomeKind.NotAllowed, data.Decide(id, editor, ReviewDecision.Reject).Kind);

        // The author revises and resubmits; the editor sends it back to review.
        using (var scope = host.Scope())
        {
            var content = new ContentBuilder().Titled("Version révisée").Build();
            Assert.True(scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>().Save(id, data.Initiative(id).Version, content, author.Actor).Succeeded);
        }
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.SendToReview, editor);

        var (outcome, invited, leftOut) = data.With<ReviewerInvitations, (ReviewOutcome, int, IReadOnlyList<ReviewProblem>)>(
            s => s.ReinvitePrevious(id, data.Today.AddDays(10), editor.Actor));
        Assert.True(outcome.Succeeded);
        Assert.Equal(2, invited);
        Assert.Empty(leftOut);
        await using (var scope = host.Scope())
        {
            var db = host.Db(scope);
            var rounds = await db.ReviewRounds.Include(r => r.Assignments).Where(r => r.InitiativeId == id).OrderBy(r => r.Number).ToListAsync();
            Assert.Equal([1, 2], rounds.Select(r => r.Number));
            Assert.Equal(ReviewDecision.RequestChanges, rounds[0].Decision);
            Assert.NotEqual(rounds[0].RevisionId, rounds[1].RevisionId);
            Assert.Equal(new[] { first.Id, second.Id }.Order(), rounds[1].Assignments.Select(a => a.ReviewerId).Order());
        }
        // Nothing left to re-invite.
        var (again, _, _) = data.With<ReviewerInvitations, (ReviewOutcome, int, IReadOnlyList<ReviewProblem>)>(
            s => s.ReinvitePrevious(id, data.Today.AddDays(10), editor.Actor));
        Assert.Equal(OutcomeKind.NotAllowed, again.Kind);

        foreach (var reviewer in new[] { first, second })
        {
            var a = data.AssignmentOf(id, reviewer);
            data.Accept(a, reviewer);
            data.Submit(a, reviewer, data.Draft(3));
        }
        Assert.True(data.Decide(id, editor, ReviewDecision.Publish, EvidenceLevel.Promising).Succeeded);
        Assert.Equal(EvidenceLevel.Promising, data.Initiative(id).EvidenceLevel);
        var summary = data.With<ReviewSummaries, PublicReviewSummary?>(s => s.ForPublishedRevision(id))!;
        Assert.Equal((2, 2), (summary.Round, summary.ReviewCount));
        Assert.All(summary.Summary.Criteria, c => Assert.Equal(3.0, c.Mean));

        // The reviewers' history counts both rounds.
        var id2 = data.UnderReview(author, editor);
        var candidates = data.With<ReviewerInvitations, AssignmentPage?>(s => s.Page(id2, editor.Actor))!.Candidates;
        var history = candidates.Single(c => c.Id == first.Id);
        Assert.Equal((0, 2, 0), (history.Open, history.Completed, history.Declined));
        Assert.Equal(2, history.History.Count);
        Assert.Equal((0, 0, 1), candidates.Single(c => c.Id == decliner.Id) is var d ? (d.Open, d.Completed, d.Declined) : default);
    }

    [Fact]
    public async Task A_reviewer_reaches_only_their_own_assignments_and_sees_others_reviews_only_after_submitting()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var (first, second) = (await data.Reviewer(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, first, second).Succeeded);
        var a1 = data.AssignmentOf(id, first);
        var a2 = data.AssignmentOf(id, second);

        Assert.Null(data.With<ReviewerInbox, AssignmentView?>(s => s.Open(a2, first.Actor)));
        Assert.Null(data.With<ReviewerInbox, AssignmentView?>(s => s.Open(a2, editor.Actor)));
        Assert.Equal(OutcomeKind.NotFound, data.With<ReviewerInbox, ReviewOutcome>(s => s.Accept(a2, true, first.Actor)).Kind);
        Assert.Equal(OutcomeKind.NotFound, data.With<ReviewerInbox, ReviewOutcome>(s => s.Decline(a2, "x", first.Actor)).Kind);
        Assert.Equal(OutcomeKind.NotFound, data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(a2, data.Draft(1), true, first.Actor)).Kind);
        Assert.Equal(OutcomeKind.NotAllowed, data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(a1, data.Draft(1), false, first.Actor)).Kind);

        data.Accept(a1, first);
        data.Accept(a2, second);
        data.Submit(a2, second, data.Draft(2, note: "Secret de la seconde"));
        var before = data.With<ReviewerInbox, AssignmentView?>(s => s.Open(a1, first.Actor))!;
        Assert.Empty(before.OtherReviews);
        data.Submit(a1, first, data.Draft(4, note: "Secret de la première"));
        var after = data.With<ReviewerInbox, AssignmentView?>(s => s.Open(a1, first.Actor))!;
        var other = Assert.Single(after.OtherReviews);
        var json = JsonSerializer.Serialize(after.OtherReviews);
        Assert.DoesNotContain("Secret", json);
        Assert.DoesNotContain(second.Id, json);
        Assert.DoesNotContain(second.DisplayName, json);
        Assert.All(other.Scores, s => Assert.Equal(2, s.Score));

        var inbox = data.With<ReviewerInbox, IReadOnlyList<InboxItem>>(s => s.Items(first.Id));
        Assert.Equal(AssignmentState.Submitted, inbox.Single(i => i.Id == a1).State);
        Assert.DoesNotContain(inbox, i => i.Id == a2);
    }
}

public sealed class SqliteReviewServiceTests(SqliteHost host) : ReviewServiceTests<SqliteHost>(host);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlReviewServiceTests(PostgreSqlHost host) : ReviewServiceTests<PostgreSqlHost>(host);
