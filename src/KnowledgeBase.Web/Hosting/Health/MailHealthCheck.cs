using KnowledgeBase.Core;
using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>The mail outbox: messages waiting to be sent and messages given up. Degraded while some are given up.</summary>
public sealed class MailHealthCheck(KnowledgeBaseDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await db.OutgoingMails.GroupBy(m => m.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var waiting = counts.Where(c => c.State == MailState.Pending).Sum(c => c.Count);
        var failed = counts.Where(c => c.State == MailState.Failed).Sum(c => c.Count);
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["failed"] = failed };
        var description = Plural.Of("aucun courriel en attente|1 courriel en attente|{0} courriels en attente", waiting) + ", "
            + Plural.Of("aucun abandonné après tous les essais|1 abandonné après tous les essais|{0} abandonnés après tous les essais", failed) + " (voir /admin/courriels).";
        return failed > 0 ? HealthCheckResult.Degraded(description, data: data) : HealthCheckResult.Healthy(description, data);
    }
}
