namespace KnowledgeBase.Core.Workflow;

/// <summary>French words for states and actions, shared by notifications, logs and pages.</summary>
public static class WorkflowTexts
{
    public static string StateLabel(WorkflowState state) => state switch
    {
        WorkflowState.Draft => "Brouillon",
        WorkflowState.Submitted => "Soumise",
        WorkflowState.UnderReview => "En évaluation",
        WorkflowState.ChangesRequested => "Modifications demandées",
        WorkflowState.Published => "Publiée",
        WorkflowState.Rejected => "Refusée",
        WorkflowState.Archived => "Archivée",
        _ => state.ToString(),
    };

    public static string ActionLabel(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "Soumettre",
        WorkflowAction.SendToReview => "Envoyer en évaluation",
        WorkflowAction.RequestChanges => "Demander des modifications",
        WorkflowAction.Reject => "Refuser",
        WorkflowAction.Publish => "Publier",
        WorkflowAction.Archive => "Archiver",
        WorkflowAction.Restore => "Remettre en ligne",
        WorkflowAction.Revise => "Commencer une nouvelle révision",
        _ => action.ToString(),
    };

    /// <summary>What happened, as the end of a notification sentence.</summary>
    public static string Describe(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "la fiche est soumise à l'équipe éditoriale.",
        WorkflowAction.SendToReview => "fiche envoyée en évaluation par les pairs.",
        WorkflowAction.RequestChanges => "des modifications sont demandées.",
        WorkflowAction.Reject => "la fiche n'a pas été retenue.",
        WorkflowAction.Publish => "la fiche est publiée.",
        WorkflowAction.Archive => "la fiche est archivée.",
        WorkflowAction.Restore => "la fiche est remise en ligne.",
        WorkflowAction.Revise => "une nouvelle révision a commencé.",
        _ => action.ToString(),
    };
}
