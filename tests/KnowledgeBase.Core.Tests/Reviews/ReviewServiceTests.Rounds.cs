using System.Text.Json;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Core.Tests.Reviews;

public abstract partial class ReviewServiceTests<THost>
{
    [Fact]
    public async Task The_author_receives_the_reviews_anonymised_after_the_decision_in_the_app_and_by_email()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var (first, second) = (await data.Reviewer("Département de la Loire"), await data.Reviewer("Mission locale de Vienne"));
        var id = data.UnderReview(author, editor);
        data.ReviewedBy(id, editor,
            (first, data.Draft(3, note: "CONFIDENTIEL-UN", comment: "Remarque visible A")),
            (second, data.Draft(2, Recommendation.Reject, note: "CONFIDENTIEL-DEUX", comment: "Remarque visible B")));

        Assert.Empty(data.With<ReviewSummaries, IReadOnlyList<AuthorRound>?>(s => s.ForAuthor(id, author.Actor))!);
        Assert.Null(data.With<ReviewSummaries, IReadOnlyList<AuthorRound>?>(s => s.ForAuthor(id, first.Actor)));
        Assert.True(data.Decide(id, editor, ReviewDecision.RequestChanges, message: "Merci de compléter.").Succeeded);

        var rounds = data.With<ReviewSummaries, IReadOnlyList<AuthorRound>?>(s => s.ForAuthor(id, author.Actor))!;
        var round = Assert.Single(rounds);
        Assert.Equal(["Évaluation A", "Évaluation B"], round.Reviews.Select(r => r.Label));
        Assert.Contains(round.Reviews, r => r.Scores.Any(s => s.Comment == "Remarque visible B"));
        var json = JsonSerializer.Serialize(rounds);
        foreach (var secret in new[] { "CONFIDENTIEL", first.Id, second.Id, first.DisplayName, second.DisplayName, first.Email, second.Email, "Loire", "Vienne" })
            Assert.DoesNotContain(secret, json);

        await using (var scope = host.Scope())
        {
            var notes = await host.Db(scope).Notifications.Where(n => n.MemberId == author.Id).Select(n => n.Text).ToListAsync();
            Assert.Contains(notes, n => n.Contains("évaluations") && n.Contains("anonymisées"));
            Assert.All(notes, n => Assert.DoesNotContain(first.DisplayName, n));
        }
        // Sent to review, changes requested, and the reviews.
        await Mailbox.WaitFor(host, author.Email, 3);
        var toAuthor = Mailbox.To(host, author.Email);
        Assert.Contains(toAuthor, m => m.Body.Contains("Remarque visible A") && m.Body.Contains("Évaluation B"));
        foreach (var mail in toAuthor)
            foreach (var secret in new[] { "CONFIDENTIEL", first.DisplayName, second.DisplayName, first.Email, second.Email })
                Assert.DoesNotContain(secret, mail.Subject + mail.Body);
    }

    [Fact]
    public async Task Deciding_withdraws_waiting_invitations_and_a_late_review_cannot_be_submitted()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var (slow, quick) = (await data.Reviewer(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, slow, quick).Succeeded);
        var a = data.AssignmentOf(id, slow);
        data.Accept(a, slow);
        Assert.True(data.Decide(id, editor, ReviewDecision.Reject, message: "Hors du champ du site.").Succeeded);
        Assert.Equal(WorkflowState.Rejected, data.Initiative(id).State);
        Assert.Equal(OutcomeKind.NotAllowed, data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(a, data.Draft(3), true, slow.Actor)).Kind);
        Assert.Equal(OutcomeKind.NotAllowed, data.With<ReviewerInbox, ReviewOutcome>(s => s.Accept(data.AssignmentOf(id, quick), true, quick.Actor)).Kind);
        await using var scope = host.Scope();
        Assert.All(await host.Db(scope).ReviewAssignments.Where(x => x.InitiativeId == id).ToListAsync(), x => Assert.Equal(AssignmentState.Withdrawn, x.State));
    }

    [Fact]
    public async Task A_decision_taken_from_the_workflow_directly_still_closes_the_round()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        data.Act(id, WorkflowAction.RequestChanges, editor, "Direct.");
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.SendToReview, editor);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        await using var scope = host.Scope();
        var rounds = await host.Db(scope).ReviewRounds.Where(r => r.InitiativeId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(2, rounds.Count);
        Assert.Equal(ReviewDecision.RequestChanges, rounds[0].Decision);
        Assert.Null(rounds[1].ClosedAt);
    }

    [Fact]
    public async Task Publishing_without_review_shows_no_review_summary()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var id = data.Create(author, new ContentBuilder().Build());
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        Assert.Equal(EvidenceLevel.Emerging, data.Initiative(id).EvidenceLevel);
        Assert.Null(data.With<ReviewSummaries, PublicReviewSummary?>(s => s.ForPublishedRevision(id)));
    }

    [Fact]
    public async Task Withdrawing_an_invitation_frees_the_reviewer_and_tells_them()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        var a = data.AssignmentOf(id, reviewer);
        Assert.Equal(OutcomeKind.Forbidden, data.With<ReviewerInvitations, ReviewOutcome>(s => s.Withdraw(id, a, reviewer.Actor)).Kind);
        Assert.True(data.With<ReviewerInvitations, ReviewOutcome>(s => s.Withdraw(id, a, editor.Actor)).Succeeded);
        Assert.Equal(OutcomeKind.NotAllowed, data.With<ReviewerInvitations, ReviewOutcome>(s => s.Withdraw(id, a, editor.Actor)).Kind);
        Assert.Equal(OutcomeKind.NotAllowed, data.With<ReviewerInbox, ReviewOutcome>(s => s.Accept(a, true, reviewer.Actor)).Kind);
        // …and can be invited again in the same round.
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        Assert.True(data.With<ReviewerInbox, ReviewOutcome>(s => s.Accept(a, true, reviewer.Actor)).Succeeded);
        await using var scope = host.Scope();
        Assert.True(await host.Db(scope).Notifications.AnyAsync(n => n.MemberId == reviewer.Id && n.Text.Contains("retiré")));
    }
}
