using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Core.Tests.Reviews;

/// <summary>Reviewers' reminders before and after the due date, and the editors' list of overdue reviews.</summary>
public abstract class ReminderTests<THost>(THost host) : IClassFixture<THost> where THost : CoreHost
{
    private readonly ReviewTestData data = new(host);

    [Fact]
    public async Task Reminders_go_before_the_due_date_and_once_overdue_in_the_app_and_by_email_never_twice()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        var assignment = data.AssignmentOf(id, reviewer);

        // Far from the due date: nothing.
        data.With<ReminderDispatch, int>(r => r.SendDue());
        Assert.Equal(0, await Reminders(reviewer));

        // Within the configured days before it (3 by default): one reminder, however often the job runs, even on several nodes at once.
        await SetDueDate(assignment, data.Today.AddDays(2), invitedDaysAgo: 10);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => data.With<ReminderDispatch, int>(r => r.SendDue()))));
        data.With<ReminderDispatch, int>(r => r.SendDue());
        Assert.Equal(1, await Reminders(reviewer));
        Assert.Contains("est attendue le", (await Mailbox.WaitFor(host, reviewer.Email, 2)).Body);

        // Once overdue: one more, once.
        await SetDueDate(assignment, data.Today.AddDays(-1));
        data.With<ReminderDispatch, int>(r => r.SendDue());
        data.With<ReminderDispatch, int>(r => r.SendDue());
        Assert.Equal(2, await Reminders(reviewer));
        Assert.Contains("était attendue le", (await Mailbox.WaitFor(host, reviewer.Email, 3)).Body);

        // The editors' dashboard lists it.
        var overdue = data.With<ReviewSummaries, IReadOnlyList<OverdueReview>>(s => s.Overdue());
        var line = Assert.Single(overdue, o => o.AssignmentId == assignment);
        Assert.Equal((reviewer.DisplayName, 1), (line.ReviewerName, line.DaysLate));

        // A submitted review gets no reminder and leaves the list.
        data.Accept(assignment, reviewer);
        data.Submit(assignment, reviewer, data.Draft(3));
        await SetDueDate(assignment, data.Today.AddDays(-2));
        data.With<ReminderDispatch, int>(r => r.SendDue());
        Assert.Equal(2, await Reminders(reviewer));
        Assert.DoesNotContain(data.With<ReviewSummaries, IReadOnlyList<OverdueReview>>(s => s.Overdue()), o => o.AssignmentId == assignment);
    }

    [Fact]
    public async Task An_invitation_made_inside_the_reminder_window_gets_no_early_reminder()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var id = data.UnderReview(author, editor);
        Assert.True(data.With<ReviewerInvitations, ReviewOutcome>(s => s.Assign(id, [new Invitation(reviewer.Id, data.Today.AddDays(1))], editor.Actor)).Succeeded);
        data.With<ReminderDispatch, int>(r => r.SendDue());
        Assert.Equal(0, await Reminders(reviewer));
    }

    private async Task<int> Reminders(Person reviewer)
    {
        await using var scope = host.Scope();
        return await host.Db(scope).Notifications.CountAsync(n => n.MemberId == reviewer.Id && n.Text.StartsWith("Rappel"));
    }

    private async Task SetDueDate(long assignmentId, DateOnly due, int? invitedDaysAgo = null)
    {
        await using var scope = host.Scope();
        var assignment = await host.Db(scope).ReviewAssignments.SingleAsync(a => a.Id == assignmentId);
        assignment.DueDate = due;
        if (invitedDaysAgo is { } days) assignment.InvitedAt = DateTime.UtcNow.AddDays(-days);
        await host.Db(scope).SaveChangesAsync();
    }
}

public sealed class SqliteReminderTests(SqliteHost host) : ReminderTests<SqliteHost>(host);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlReminderTests(PostgreSqlHost host) : ReminderTests<PostgreSqlHost>(host);
