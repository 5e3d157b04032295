using KnowledgeBase.Core.Workflow;

namespace KnowledgeBase.Core.Tests.Workflow;

/// <summary>What the back office and the import ask of the workflow's one table.</summary>
public class WorkflowRulesTests
{
    [Fact]
    public void The_back_office_offers_what_the_table_allows_each_person_but_revising_and_review_decisions()
    {
        Assert.Equal([WorkflowAction.Submit], WorkflowRules.OfferedOnBackOffice(WorkflowState.Draft, isEditor: false, isOwner: true));
        Assert.Empty(WorkflowRules.OfferedOnBackOffice(WorkflowState.Draft, isEditor: true, isOwner: false));
        Assert.Equal([WorkflowAction.SendToReview, WorkflowAction.RequestChanges, WorkflowAction.Reject, WorkflowAction.Publish],
            WorkflowRules.OfferedOnBackOffice(WorkflowState.Submitted, isEditor: true, isOwner: false));
        Assert.Empty(WorkflowRules.OfferedOnBackOffice(WorkflowState.Submitted, isEditor: false, isOwner: true));
        Assert.Empty(WorkflowRules.OfferedOnBackOffice(WorkflowState.UnderReview, isEditor: true, isOwner: true));
        // Revise is the author's, but saving the form starts it: never a button.
        Assert.Equal([WorkflowAction.Archive], WorkflowRules.OfferedOnBackOffice(WorkflowState.Published, isEditor: true, isOwner: true));
        foreach (var state in Enum.GetValues<WorkflowState>().Where(s => s != WorkflowState.UnderReview))
            foreach (var action in WorkflowRules.OfferedOnBackOffice(state, isEditor: true, isOwner: true))
                Assert.NotNull(WorkflowRules.Find(state, action));
    }

    [Fact]
    public void The_import_publishes_from_any_state_and_records_nothing_for_a_published_write_up()
    {
        Assert.Null(WorkflowRules.Import(WorkflowState.Published));
        foreach (var state in Enum.GetValues<WorkflowState>().Where(s => s != WorkflowState.Published))
        {
            var rule = WorkflowRules.Import(state)!;
            Assert.Equal((state, WorkflowAction.Publish, WorkflowState.Published), (rule.From, rule.Action, rule.To));
            Assert.True(WorkflowRules.ChangesPublicState(rule));
        }
    }
}
