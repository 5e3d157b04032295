namespace KnowledgeBase.Core.Reviews;

/// <summary>French words for the evaluation's states and choices, shared by pages, notifications and emails.</summary>
public static class ReviewTexts
{
    public static string AssignmentStateLabel(AssignmentState state) => state switch
    {
        AssignmentState.Invited => "Invitation envoyée",
        AssignmentState.Accepted => "Acceptée, en cours",
        AssignmentState.Declined => "Déclinée",
        AssignmentState.Submitted => "Évaluation remise",
        AssignmentState.Withdrawn => "Retirée",
        _ => state.ToString(),
    };

    public static string RecommendationLabel(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Publish => "Publier",
        Recommendation.PublishAfterChanges => "Publier après modifications",
        Recommendation.Reject => "Refuser",
        _ => recommendation.ToString(),
    };

    public static string DecisionLabel(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Publish => "Publier",
        ReviewDecision.RequestChanges => "Demander des modifications (nouveau tour)",
        ReviewDecision.Reject => "Refuser",
        _ => decision.ToString(),
    };

    public static string DecisionSentence(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Publish => "la fiche est publiée.",
        ReviewDecision.RequestChanges => "des modifications sont demandées.",
        ReviewDecision.Reject => "la fiche n'a pas été retenue.",
        _ => decision.ToString(),
    };

    /// <summary>What a score means, as the grid page explains it.</summary>
    public static string ScoreLabel(int score) => score switch
    {
        1 => "1 – insuffisant",
        2 => "2 – à améliorer",
        3 => "3 – satisfaisant",
        4 => "4 – très satisfaisant",
        _ => score.ToString(),
    };
}
