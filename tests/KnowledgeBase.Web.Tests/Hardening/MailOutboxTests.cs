using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Mail;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>
/// Mail goes through the outbox (issue #11, finding 1 and point 2): a message that cannot be
/// sent never stops the others nor the site, subjects are one line, a claim never gives one
/// message to two nodes, admins see each message's state, and links never follow the Host header.
/// </summary>
public abstract class MailOutboxTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task A_subject_with_line_breaks_and_an_unparsable_address_stop_neither_the_other_mail_nor_the_site()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.Scope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            outbox.Add(new EmailMessage("pas une adresse", "Refusé", "…"));
            outbox.Add(new EmailMessage($"titre-{suffix}@example.org", "Ligne un\r\nBcc: intrus@example.org\u0000\u0007 fin", "Corps."));
            outbox.Add(new EmailMessage($"suivant-{suffix}@example.org", "Un courriel ordinaire, accentué : élève", "Corps."));
            await site.Db(scope).SaveChangesAsync();
        }
        var titled = await Mailbox.WaitFor(site, $"titre-{suffix}@example.org");
        Assert.Equal("Ligne un Bcc: intrus@example.org fin", titled.Subject);
        Assert.DoesNotContain("\nBcc:", File.ReadAllText(titled.File).Replace("\r\n", "\n"));
        var accented = await Mailbox.WaitFor(site, $"suivant-{suffix}@example.org");
        Assert.Equal("Un courriel ordinaire, accentué : élève", accented.Subject);
        // RFC 2047: the header itself is plain ASCII.
        var subjectHeader = File.ReadAllText(accented.File).Replace("\r\n", "\n").Split("\n\n")[0];
        Assert.Contains("=?utf-8?", subjectHeader, StringComparison.OrdinalIgnoreCase);
        Assert.All(subjectHeader, c => Assert.True(c < 128, $"octet non ASCII dans les en-têtes : {c}"));

        await Eventually.True(async () =>
        {
            await using var scope = site.Scope();
            return await site.Db(scope).OutgoingMails.AnyAsync(m => m.To == "pas une adresse" && m.State == MailState.Failed && m.LastError != null);
        }, "l'adresse invalide est marquée en échec");
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/health/live")).StatusCode);
        // And should a background loop ever fail anyway, it does not take the host down.
        Assert.Equal(Microsoft.Extensions.Hosting.BackgroundServiceExceptionBehavior.Ignore,
            site.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.BackgroundServiceExceptionBehavior);
    }

    [Fact]
    public async Task Two_nodes_claiming_at_once_never_take_the_same_message()
    {
        // Due only in an hour: the site's own worker leaves them alone, the claims below see them as due.
        var later = DateTime.UtcNow.AddHours(1);
        var marker = "concurrence-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            for (var i = 0; i < 40; i++)
                db.OutgoingMails.Add(new OutgoingMail { To = $"{marker}-{i}@example.org", Subject = marker, Body = ".", CreatedAt = later, NextAttemptAt = later });
            await db.SaveChangesAsync();
        }
        async Task<List<long>> Node()
        {
            var taken = new List<long>();
            while (true)
            {
                await using var scope = site.Scope();
                var claimed = await OutboxClaims.ClaimDueAsync(site.Db(scope), later.AddMinutes(1), TimeSpan.FromMinutes(5), 3, CancellationToken.None);
                var mine = claimed.Where(m => m.Subject == marker).Select(m => m.Id).ToList();
                if (claimed.Count == 0) return taken;
                taken.AddRange(mine);
            }
        }
        var nodes = await Task.WhenAll(Node(), Node(), Node());
        Assert.Empty(nodes[0].Intersect(nodes[1]).Concat(nodes[0].Intersect(nodes[2])).Concat(nodes[1].Intersect(nodes[2])));
        Assert.Equal(40, nodes.Sum(n => n.Count));
    }

    [Fact]
    public async Task Admins_see_the_outbox_with_each_state_and_can_send_a_failed_message_again()
    {
        long failedId;
        await using (var scope = site.Scope())
        {
            var failed = new OutgoingMail
            {
                To = "echec@example.org", Subject = "Un courriel en échec", Body = ".", State = MailState.Failed, Attempts = 15,
                LastError = "Connexion refusée", CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow,
            };
            site.Db(scope).OutgoingMails.Add(failed);
            await site.Db(scope).SaveChangesAsync();
            failedId = failed.Id;
        }
        var member = await SignIn.SignedInClient(site);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/admin/courriels")).StatusCode);

        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var (response, page) = await Html.Get(admin, "/admin/courriels?etat=Failed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"tr[data-mail='{failedId}']")!;
        Assert.Equal("En échec", row.QuerySelector(".mail-state")?.TextContent);
        Assert.Equal("Connexion refusée", row.QuerySelector(".mail-error")?.TextContent);

        var retried = await Forms.Post(admin, page, $"/admin/courriels/{failedId}/renvoyer", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        await Mailbox.WaitFor(site, "echec@example.org");
        var (_, all) = await Html.Get(admin, "/admin/courriels");
        Assert.Equal("Envoyé", all.QuerySelector($"tr[data-mail='{failedId}'] .mail-state")?.TextContent);
    }

    [Fact]
    public async Task A_password_reset_link_ignores_the_host_header_of_the_request()
    {
        var member = await SignIn.CreateMember(site);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var (_, page) = await Html.Get(client, "/compte/mot-de-passe-oublie");
        var request = new HttpRequestMessage(HttpMethod.Post, "/compte/mot-de-passe-oublie")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = member.Email, ["__RequestVerificationToken"] = Html.Token(page, "/compte/mot-de-passe-oublie"),
            }),
        };
        request.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(request)).StatusCode);
        var mail = await Mailbox.WaitFor(site, member.Email);
        Assert.DoesNotContain("evil.example", mail.Body);
        Assert.Contains("http://localhost/compte/reinitialisation?id=", mail.Body);
    }
}

public sealed class SqliteMailOutboxTests(SqliteSite site) : MailOutboxTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlMailOutboxTests(PostgreSqlSite site) : MailOutboxTests<PostgreSqlSite>(site);
