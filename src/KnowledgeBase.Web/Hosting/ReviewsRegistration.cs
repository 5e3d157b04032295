using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Web.Hosting;

public static class ReviewsRegistration
{
    /// <summary>
    /// Peer evaluation (grid, rounds, assignments, reviews, decisions, reminders) and
    /// practitioners' feedback. Settings: "Reviews" (<see cref="ReviewOptions"/>) and
    /// "Feedback" (<see cref="FeedbackOptions"/>).
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseReviews(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReviewOptions>(builder.Configuration.GetSection("Reviews"));
        services.Configure<FeedbackOptions>(builder.Configuration.GetSection("Feedback"));
        services.AddScoped<ReviewNotifier>();
        services.AddScoped<EvaluationGridEditing>();
        services.AddScoped<RoundLifecycle>();
        services.AddScoped<ReviewerInvitations>();
        services.AddScoped<ReviewerInbox>();
        services.AddScoped<ReviewDecisions>();
        services.AddScoped<ReviewSummaries>();
        services.AddScoped<ReminderDispatch>();
        services.AddScoped<FeedbackSharing>();
        services.AddScoped<FeedbackModeration>();
        services.AddHostedService<ReviewRemindersWorker>();
        return builder;
    }
}
