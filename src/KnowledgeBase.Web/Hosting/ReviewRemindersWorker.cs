using KnowledgeBase.Core;
using KnowledgeBase.Core.Reviews;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Sends reviewers' reminders (before the due date, and once overdue) every
/// <see cref="ReviewOptions.ReminderPollInterval"/>, on one node at a time (the holder of the
/// "review-reminders" lease). The unique index on each reminder stays the last guarantee
/// that none goes twice, should two nodes ever overlap.
/// </summary>
public sealed class ReviewRemindersWorker(IServiceScopeFactory scopes, IOptions<ReviewOptions> options, NodeIdentity node,
    WorkerHeartbeats heartbeats, ILogger<ReviewRemindersWorker> logger) : LeasedWorker(scopes, node, heartbeats, logger)
{
    public const string LeaseName = "review-reminders";

    public override string Name => LeaseName;
    protected override string Label => "Rappels d'évaluation";

    protected override TimeSpan Interval =>
        options.Value.ReminderPollInterval > TimeSpan.Zero ? options.Value.ReminderPollInterval : TimeSpan.FromHours(1);

    protected override string Work(IServiceProvider services)
    {
        var sent = services.GetRequiredService<ReminderDispatch>().SendDue();
        if (sent > 0) logger.LogInformation("{Count} rappels d'évaluation envoyés.", sent);
        return Plural.Of("aucun rappel à envoyer au dernier passage|1 rappel envoyé au dernier passage|{0} rappels envoyés au dernier passage", sent);
    }
}
