using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Core.Tests.Reviews;

/// <summary>Grid versions through the real services (a database of their own: they change the grid everyone uses).</summary>
public abstract class GridServiceTests<THost>(THost host) : IClassFixture<THost> where THost : CoreHost
{
    private readonly ReviewTestData data = new(host);

    [Fact]
    public async Task Changing_the_grid_makes_a_new_version_and_reviews_keep_theirs()
    {
        var (editor, author, reviewer) = (await data.Editor(), await data.Member(), await data.Reviewer());
        var admin = await data.Member("Administration", KnowledgeBase.Core.Accounts.Roles.Admin);
        var id = data.UnderReview(author, editor);
        Assert.True(data.Assign(id, editor, reviewer).Succeeded);
        var assignment = data.AssignmentOf(id, reviewer);
        data.Accept(assignment, reviewer);
        var draft = data.Draft(3);
        Assert.True(data.With<ReviewerInbox, ReviewOutcome>(s => s.Save(assignment, draft, false, reviewer.Actor)).Succeeded);
        var before = data.With<EvaluationGridEditing, EvaluationGrid>(g => g.Current());

        var unchanged = before.Ordered.Select(c => new CriterionDraft(c.Key, c.NameFr, c.NameEn, c.DescriptionFr, c.DescriptionEn, c.Weight, c.MeasuresResults)).ToList();
        var (same, sameGrid) = data.With<EvaluationGridEditing, (ReviewOutcome, EvaluationGrid?)>(g => g.SaveNewVersion(unchanged, admin.Actor));
        Assert.True(same.Succeeded);
        Assert.Equal(before.Version, sameGrid!.Version);

        var changed = unchanged.Select((c, i) => i == 0 ? c with { Weight = 5 } : c)
            .Append(new CriterionDraft(null, "Sobriété numérique", "Digital sobriety", "Pas d'outil superflu.", "", 1, false)).ToList();
        var (saved, after) = data.With<EvaluationGridEditing, (ReviewOutcome, EvaluationGrid?)>(g => g.SaveNewVersion(changed, admin.Actor));
        Assert.True(saved.Succeeded);
        Assert.Equal(before.Version + 1, after!.Version);
        Assert.Equal(8, after.Criteria.Count);
        Assert.Contains(after.Criteria, c => c.Key == "sobriete-numerique");

        // The draft started on the old version is finished and submitted on it.
        data.Submit(assignment, reviewer, draft);
        await using var scope = host.Scope();
        var review = await host.Db(scope).Reviews.Include(r => r.Scores).SingleAsync(r => r.AssignmentId == assignment);
        Assert.Equal(before.Id, review.GridId);
        Assert.Equal(7, review.Scores.Count);
    }

    [Fact]
    public void Invalid_grids_are_refused_with_french_messages()
    {
        var (outcome, grid) = data.With<EvaluationGridEditing, (ReviewOutcome, EvaluationGrid?)>(g =>
            g.SaveNewVersion([new CriterionDraft(null, " ", "", "", "", 0, false)], new Actor("admin", true)));
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Null(grid);
        Assert.Contains(outcome.Problems, p => p.Field == "Criteria[0].NameFr" && p.Message.Contains("obligatoire"));
        Assert.Contains(outcome.Problems, p => p.Field == "Criteria[0].Weight");
        var (empty, _) = data.With<EvaluationGridEditing, (ReviewOutcome, EvaluationGrid?)>(g => g.SaveNewVersion([], new Actor("admin", true)));
        Assert.Equal(OutcomeKind.Invalid, empty.Kind);
    }

}

public sealed class SqliteGridServiceTests(SqliteHost host) : GridServiceTests<SqliteHost>(host);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlGridServiceTests(PostgreSqlHost host) : GridServiceTests<PostgreSqlHost>(host);
