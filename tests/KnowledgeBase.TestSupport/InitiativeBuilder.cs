using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KnowledgeBase.TestSupport;

/// <summary>
/// A write-up in the state a test needs, brought there through the real workflow (so its
/// history, notifications and index tasks are those people's actions leave):
/// <c>new InitiativeBuilder(host).Titled("…").By(author).Build(WorkflowState.Published)</c>.
/// </summary>
public sealed class InitiativeBuilder(IServiceHost host)
{
    private InitiativeContent content = new ContentBuilder().Build();
    private Actor author = new("auteur-" + Guid.NewGuid().ToString("N"), false);
    private Actor editor = new("editeur", true);

    public InitiativeBuilder Titled(string title) { content = new ContentBuilder().Titled(title).Build(); return this; }
    public InitiativeBuilder With(InitiativeContent value) { content = value; return this; }
    public InitiativeBuilder By(Actor value) { author = value; return this; }
    public InitiativeBuilder HandledBy(Actor value) { editor = value; return this; }

    /// <summary>The actions that lead from a new draft to <paramref name="state"/>, and who takes each.</summary>
    private IEnumerable<(WorkflowAction Action, Actor Actor)> PathTo(WorkflowState state) => state switch
    {
        WorkflowState.Draft => [],
        WorkflowState.Submitted => [(WorkflowAction.Submit, author)],
        WorkflowState.UnderReview => [(WorkflowAction.Submit, author), (WorkflowAction.SendToReview, editor)],
        WorkflowState.ChangesRequested => [(WorkflowAction.Submit, author), (WorkflowAction.RequestChanges, editor)],
        WorkflowState.Rejected => [(WorkflowAction.Submit, author), (WorkflowAction.Reject, editor)],
        WorkflowState.Published => [(WorkflowAction.Submit, author), (WorkflowAction.Publish, editor)],
        WorkflowState.Archived => [(WorkflowAction.Submit, author), (WorkflowAction.Publish, editor), (WorkflowAction.Archive, editor)],
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public Initiative Build(WorkflowState state)
    {
        using var scope = host.Scope();
        var workflow = scope.ServiceProvider.GetRequiredService<InitiativeWorkflow>();
        var initiative = workflow.CreateDraft(content, author);
        foreach (var (action, actor) in PathTo(state))
        {
            var outcome = workflow.Act(initiative.Id, initiative.Version, action, actor, null);
            Assert.True(outcome.Succeeded, $"{action} : {outcome.Kind}");
            initiative = outcome.Initiative!;
        }
        Assert.Equal(state, initiative.State);
        return initiative;
    }
}
