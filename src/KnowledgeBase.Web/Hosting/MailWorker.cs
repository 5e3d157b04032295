using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Mail;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Delivers the outbox: claims due messages (<see cref="OutboxClaims"/>), sends them one by one
/// in order, records each result. A failed message waits longer after each failure; a failure
/// of the loop itself (database unreachable) is logged and retried with backoff. Nothing here
/// can stop the site.
/// </summary>
public sealed class MailWorker(
    IServiceScopeFactory scopes, MailDelivery delivery, OutboxSignal signal, IOptions<EmailOptions> options, TimeProvider clock,
    WorkerHeartbeats heartbeats, IHostEnvironment environment, ILogger<MailWorker> logger) : BackgroundService
{
    public const string Name = "mail";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        AnnounceSettings();
        heartbeats.Register(Name, "Envoi des courriels", options.Value.Outbox.PollInterval > TimeSpan.Zero ? options.Value.Outbox.PollInterval : TimeSpan.FromSeconds(5));
        var loopFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var outbox = options.Value.Outbox;
            var more = false;
            try
            {
                more = await DeliverBatchAsync(outbox, stoppingToken);
                loopFailures = 0;
                heartbeats.Succeeded(Name, more ? "lot complet envoyé, d'autres suivent" : "file d'attente vide ou en attente d'un nouvel essai");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                loopFailures++;
                var wait = outbox.RetryDelay(loopFailures);
                heartbeats.Failed(Name, e);
                logger.LogError(e, "Envoi des courriels interrompu ; nouvel essai dans {Delay}.", wait);
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }
            if (!more) await signal.WaitAsync(outbox.PollInterval > TimeSpan.Zero ? outbox.PollInterval : TimeSpan.FromSeconds(5), stoppingToken);
        }
    }

    /// <summary>One claim and its deliveries; true when the batch was full (more may be due).</summary>
    private async Task<bool> DeliverBatchAsync(OutboxOptions outbox, CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
        var batch = Math.Max(1, outbox.BatchSize);
        var claimed = await OutboxClaims.ClaimDueAsync(db, clock.GetUtcNow().UtcDateTime, outbox.Lease, batch, stoppingToken);
        foreach (var mail in claimed)
        {
            try
            {
                await delivery.DeliverAsync(mail, stoppingToken);
                if (!await OutboxClaims.MarkSentAsync(db, mail, clock.GetUtcNow().UtcDateTime, CancellationToken.None))
                    logger.LogWarning("Courriel {Id} envoyé après la fin de son bail : un autre nœud a pu l'envoyer aussi.", mail.Id);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: the lease runs out and the message is taken again at the next start.
                throw;
            }
            catch (Exception e)
            {
                var permanent = e is PermanentMailException;
                await OutboxClaims.MarkFailedAsync(db, mail, e.Message, permanent, outbox, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
                logger.LogWarning(e, "Courriel {Id} (« {Subject} ») non envoyé, tentative {Attempt}{GivenUp}.", mail.Id, mail.Subject, mail.Attempts + 1,
                    permanent || mail.Attempts + 1 >= outbox.MaxAttempts ? " : abandonné (visible dans l'administration)" : "");
            }
        }
        return claimed.Count >= batch;
    }

    private void AnnounceSettings()
    {
        var level = environment.IsProduction() ? LogLevel.Warning : LogLevel.Information;
        if (delivery.PickupFolder is { } folder)
            logger.Log(level, "Courriels écrits dans {Folder} : aucun serveur SMTP configuré (Email:Host).", folder);
    }
}
