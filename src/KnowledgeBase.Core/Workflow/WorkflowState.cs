namespace KnowledgeBase.Core.Workflow;

/// <summary>The states of PRODUCT.md's workflow diagram.</summary>
public enum WorkflowState
{
    Draft,
    Submitted,
    UnderReview,
    ChangesRequested,
    Published,
    Rejected,
    Archived,
}
