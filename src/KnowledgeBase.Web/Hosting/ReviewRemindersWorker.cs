using KnowledgeBase.Core.Reviews;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Sends reviewers' reminders (before the due date, and once overdue) every
/// <see cref="ReviewOptions.ReminderPollInterval"/>. Running on several nodes is safe: each
/// reminder is recorded under a unique index before it goes.
/// </summary>
public sealed class ReviewRemindersWorker(IServiceScopeFactory scopes, IOptions<ReviewOptions> options, ILogger<ReviewRemindersWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the database be migrated and the site start first.
        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = options.Value.ReminderPollInterval > TimeSpan.Zero ? options.Value.ReminderPollInterval : TimeSpan.FromHours(1);
            try
            {
                using var scope = scopes.CreateScope();
                var sent = scope.ServiceProvider.GetRequiredService<ReviewReminders>().SendDue();
                if (sent > 0) logger.LogInformation("{Count} rappels d'évaluation envoyés.", sent);
                failures = 0;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Nothing was recorded for the reminders that failed: they are tried again, sooner
                // than the next hourly pass but later after each failure in a row.
                failures++;
                interval = Backoff.After(failures, TimeSpan.FromSeconds(5), interval);
                logger.LogError(e, "Envoi des rappels d'évaluation interrompu ; nouvel essai dans {Delay}.", interval);
            }
            await Task.Delay(interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
