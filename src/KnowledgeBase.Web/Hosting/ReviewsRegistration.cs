using KnowledgeBase.Core.Feedback;
using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Web.Hosting;

public static class ReviewsRegistration
{
    /// <summary>
    /// Peer evaluation (grid, rounds, assignments, reviews, decisions, reminders) and
    /// practitioners' feedback, whose services are Core's (<see cref="Core.CoreServices"/>):
    /// their settings, "Reviews" (<see cref="ReviewOptions"/>) and "Feedback"
    /// (<see cref="FeedbackOptions"/>), and the reminders' worker.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBaseReviews(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReviewOptions>(builder.Configuration.GetSection("Reviews"));
        services.Configure<FeedbackOptions>(builder.Configuration.GetSection("Feedback"));
        services.AddHostedService<ReviewRemindersWorker>();
        return builder;
    }
}
