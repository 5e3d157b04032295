namespace KnowledgeBase.Core.Feedback;

/// <summary>French words for feedback kinds, outcomes and states.</summary>
public static class FeedbackTexts
{
    public static string KindLabel(FeedbackKind kind) => kind switch
    {
        FeedbackKind.Reproduced => "Nous l'avons reproduite",
        FeedbackKind.Question => "Question",
        FeedbackKind.Remark => "Remarque",
        _ => kind.ToString(),
    };

    public static string OutcomeLabel(ReproductionOutcome outcome) => outcome switch
    {
        ReproductionOutcome.Ongoing => "En cours",
        ReproductionOutcome.Successful => "Réussie",
        ReproductionOutcome.Mixed => "Résultats mitigés",
        ReproductionOutcome.Abandoned => "Abandonnée",
        _ => outcome.ToString(),
    };

    public static string StateLabel(FeedbackState state) => state switch
    {
        FeedbackState.Pending => "En attente de modération",
        FeedbackState.Visible => "Publié",
        FeedbackState.HiddenByReports => "Masqué après signalements",
        FeedbackState.Hidden => "Masqué par l'équipe éditoriale",
        _ => state.ToString(),
    };
}
