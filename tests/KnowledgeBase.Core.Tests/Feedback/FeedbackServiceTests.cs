using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Core.Tests.Feedback;

/// <summary>Practitioners' feedback through the real services: moderation of first contributions, reports, territories.</summary>
public abstract class FeedbackServiceTests<THost>(THost host) : IClassFixture<THost> where THost : CoreHost
{
    private readonly ReviewTestData data = new(host);

    private static FeedbackInput Remark(string text = "Très utile pour notre CCAS.") => new(FeedbackKind.Remark, text, null, null, null);

    private static FeedbackInput Reproduced(string departement, string? commune = null) =>
        new(FeedbackKind.Reproduced, "Nous l'avons lancée avec la mission locale.", departement, commune, ReproductionOutcome.Successful);

    private async Task<long> Published()
    {
        var (editor, author) = (await data.Editor(), await data.Member());
        var id = data.Create(author, new ContentBuilder().Titled("Fiche commentée " + Guid.NewGuid().ToString("N")[..6]).Build());
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        return id;
    }

    private FeedbackOutcome Post(long id, FeedbackInput input, Person who) =>
        data.With<FeedbackSharing, FeedbackOutcome>(s => s.Post(id, input, who.Actor));

    private FeedbackThread Thread(long id, Person? viewer) =>
        data.With<FeedbackSharing, FeedbackThread>(s => s.Thread(id, viewer?.Actor));

    private long LastFeedbackOf(Person member)
    {
        using var scope = host.Scope();
        return host.Db(scope).Feedback.Where(f => f.AuthorId == member.Id).Max(f => f.Id);
    }

    [Fact]
    public async Task A_members_first_feedback_waits_for_moderation_then_the_next_ones_are_published_at_once()
    {
        var id = await Published();
        var (member, other, editor) = (await data.Member(), await data.Member(), await data.Editor());
        var first = Post(id, Remark("Premier retour"), member);
        Assert.Equal(FeedbackState.Pending, first.State);
        Assert.Empty(Thread(id, null).Visible);
        Assert.Empty(Thread(id, other).Items);
        Assert.Single(Thread(id, member).OwnNotVisible);
        // Still no approved contribution: the second one waits too.
        Assert.Equal(FeedbackState.Pending, Post(id, Remark("Deuxième retour"), member).State);

        var queue = data.With<FeedbackModeration, IReadOnlyList<ModerationItem>>(m => m.Queue());
        Assert.Contains(queue, q => q.Feedback.Text == "Premier retour" && q.AuthorName == member.DisplayName);
        Assert.Equal(OutcomeKind.Forbidden, data.With<FeedbackModeration, FeedbackOutcome>(m => m.Decide(LastFeedbackOf(member), true, member.Actor)).Kind);
        foreach (var item in queue.Where(q => q.Feedback.AuthorId == member.Id))
            Assert.True(data.With<FeedbackModeration, FeedbackOutcome>(m => m.Decide(item.Feedback.Id, true, editor.Actor)).Succeeded);
        Assert.Equal(2, Thread(id, null).Visible.Count());

        Assert.Equal(FeedbackState.Visible, Post(id, Remark("Troisième retour"), member).State);
        Assert.Equal(FeedbackState.Visible, Post(id, Remark("Retour d'une éditrice"), editor).State);
    }

    [Fact]
    public async Task Feedback_is_checked_and_only_allowed_on_published_write_ups()
    {
        var id = await Published();
        var member = await data.Member();
        var invalid = Post(id, new FeedbackInput(FeedbackKind.Reproduced, "  ", "999", new string('x', 200), null), member);
        Assert.Equal(OutcomeKind.Invalid, invalid.Kind);
        Assert.Equal(["Commune", "DepartementCode", "Outcome", "Text"], invalid.Problems.Select(p => p.Field).Order());
        Assert.Contains(invalid.Problems, p => p.Message == "Ce département n'existe pas.");
        Assert.Equal(OutcomeKind.Invalid, Post(id, new FeedbackInput(null, "Texte", null, null, null), member).Kind);
        Assert.Equal(OutcomeKind.Invalid, Post(id, Remark(new string('x', PractitionerFeedback.TextMaxLength + 1)), member).Kind);

        var author = await data.Member();
        var draft = data.Create(author, new ContentBuilder().Build());
        Assert.Equal(OutcomeKind.NotFound, Post(draft, Remark(), member).Kind);
        Assert.Equal(OutcomeKind.NotFound, Post(long.MaxValue, Remark(), member).Kind);
    }

    [Fact]
    public async Task Feedback_reported_by_three_members_is_hidden_until_an_editor_decides()
    {
        var id = await Published();
        var (writer, editor) = (await data.Member(), await data.Editor());
        Post(id, Remark("Retour signalé"), writer);
        var feedback = LastFeedbackOf(writer);
        data.With<FeedbackModeration, FeedbackOutcome>(m => m.Decide(feedback, true, editor.Actor));

        Assert.Equal(OutcomeKind.NotAllowed, data.With<FeedbackSharing, FeedbackOutcome>(s => s.Report(id, feedback, null, writer.Actor)).Kind);
        var reporters = new[] { await data.Member(), await data.Member(), await data.Member(), await data.Member() };
        Report(feedback, reporters[0]);
        Report(feedback, reporters[0]);
        Report(feedback, reporters[1]);
        Assert.Single(Thread(id, null).Visible);
        Assert.True(Thread(id, reporters[0]).Visible.Single().ReportedByViewer);
        Assert.Equal(FeedbackState.HiddenByReports, Report(feedback, reporters[2]).State);
        Assert.Empty(Thread(id, null).Visible);
        Assert.Equal(FeedbackState.HiddenByReports, Thread(id, writer).OwnNotVisible.Single().Feedback.State);
        // Hidden feedback exists for nobody else.
        Assert.Equal(OutcomeKind.NotFound, data.With<FeedbackSharing, FeedbackOutcome>(s => s.Report(id, feedback, null, reporters[3].Actor)).Kind);

        var queued = data.With<FeedbackModeration, IReadOnlyList<ModerationItem>>(m => m.Queue()).Single(q => q.Feedback.Id == feedback);
        Assert.Equal(3, queued.ReportCount);
        Assert.True(data.With<FeedbackModeration, int>(m => m.WaitingCount()) >= 1);

        // Restored: earlier reports no longer count; one more report does not hide it again.
        Assert.True(data.With<FeedbackModeration, FeedbackOutcome>(m => m.Decide(feedback, true, editor.Actor)).Succeeded);
        Assert.Equal(FeedbackState.Visible, Report(feedback, reporters[3]).State);
        Assert.Single(Thread(id, null).Visible);

        // Hidden by the editor: gone for good.
        Assert.Equal(FeedbackState.Hidden, data.With<FeedbackModeration, FeedbackOutcome>(m => m.Decide(feedback, false, editor.Actor)).State);
        Assert.Empty(Thread(id, null).Visible);
    }

    [Fact]
    public async Task The_page_counts_the_distinct_territories_that_reproduced_it()
    {
        var id = await Published();
        var (a, b, c, editor) = (await data.Editor(), await data.Editor(), await data.Editor(), await data.Editor());
        Post(id, Reproduced("69", "Villeurbanne"), a);
        Post(id, Reproduced("69", "villeurbanne "), b);
        Post(id, Reproduced("42"), c);
        Post(id, Remark(), editor);
        Assert.Equal(2, Thread(id, null).ReproducedTerritories);
        var item = Thread(id, null).Visible.First(i => i.Feedback.Kind == FeedbackKind.Reproduced);
        Assert.Equal("Rhône", item.DepartementName);
    }

    private long InitiativeOf(long feedback)
    {
        using var scope = host.Scope();
        return host.Db(scope).Feedback.Single(f => f.Id == feedback).InitiativeId;
    }

    private FeedbackOutcome Report(long feedback, Person who) =>
        data.With<FeedbackSharing, FeedbackOutcome>(s => s.Report(InitiativeOf(feedback), feedback, "Hors sujet", who.Actor));
}

public sealed class SqliteFeedbackServiceTests(SqliteHost host) : FeedbackServiceTests<SqliteHost>(host);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlFeedbackServiceTests(PostgreSqlHost host) : FeedbackServiceTests<PostgreSqlHost>(host);

/// <summary>Core's services where a single report hides a feedback (the site's setting Feedback:HideAfterReports).</summary>
public sealed class OneReportHost() : CoreHost(Core.Data.DatabaseProvider.Sqlite)
{
    protected override void Configure(IServiceCollection services) => services.Configure<FeedbackOptions>(o => o.HideAfterReports = 1);
}

public sealed class FeedbackThresholdTests(OneReportHost host) : IClassFixture<OneReportHost>
{
    [Fact]
    public async Task The_number_of_reports_that_hides_feedback_is_configurable()
    {
        var data = new ReviewTestData(host);
        var (editor, author, writer, reporter) = (await data.Editor(), await data.Member(), await data.Editor(), await data.Member());
        var id = data.Create(author, new ContentBuilder().Build());
        data.Act(id, WorkflowAction.Submit, author);
        data.Act(id, WorkflowAction.Publish, editor);
        data.With<FeedbackSharing, FeedbackOutcome>(s => s.Post(id, new FeedbackInput(FeedbackKind.Question, "Quel budget ?", null, null, null), writer.Actor));
        using var scope = host.Scope();
        var feedback = host.Db(scope).Feedback.Single(f => f.InitiativeId == id).Id;
        Assert.Equal(FeedbackState.HiddenByReports,
            data.With<FeedbackSharing, FeedbackOutcome>(s => s.Report(id, feedback, null, reporter.Actor)).State);
    }
}
