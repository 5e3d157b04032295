using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>What only a real process shows: no mail lost across a crash, and Production refusing to start half-configured.</summary>
public sealed class SiteProcessTests
{
    [Fact]
    public async Task Mail_the_server_refuses_is_retried_and_survives_a_crash()
    {
        using var site = new SiteProcess();
        var closedPort = ClosedPort();
        site.Settings["Email:Host"] = "127.0.0.1";
        site.Settings["Email:Port"] = closedPort.ToString();
        site.Settings["Email:EnableSsl"] = "false";
        site.Settings["Email:Outbox:FirstRetryDelay"] = "00:00:00.200";
        site.Settings["Email:Outbox:MaxRetryDelay"] = "00:00:00.500";
        var client = await site.Start();
        var email = $"retry-{Guid.NewGuid():N}@example.org";
        var (_, form) = await Html.Get(client, "/compte/inscription");
        var signUp = await Forms.Post(client, form, "/compte/inscription", new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = "une phrase de passe solide", ["PasswordConfirmation"] = "une phrase de passe solide",
            ["DisplayName"] = "Inès Relance", ["Organisation"] = "CCAS", ["OrganisationType"] = "association",
        });
        // Redirected to the "mail sent" page (this client does not follow redirects).
        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.EndsWith("/compte/courriel-envoye?motif=inscription", signUp.Headers.Location?.OriginalString);
        await Eventually.True(() => Task.FromResult(Attempts(site, email) >= 2), "le courriel est retenté");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        site.Kill();
        site.Settings.Remove("Email:Host");
        await site.Start();
        var delivered = await MailFolder.WaitFor(Path.Combine(site.DataFolder, "mail-pickup"), email);
        Assert.Equal("Confirmez votre adresse électronique", delivered.Subject);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_public_address_and_host_names()
    {
        using var site = new SiteProcess { Environment = "Production" };
        var (exitCode, output) = await site.Command();
        Assert.Equal(3, exitCode);
        Assert.Contains("Email:SiteUrl n'est pas défini", output);
        Assert.Contains("AllowedHosts n'est pas défini", output);

        site.Settings["Email:SiteUrl"] = "https://experiences.exemple.fr";
        site.Settings["AllowedHosts"] = "experiences.exemple.fr;127.0.0.1";
        var client = await site.Start();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    private static int Attempts(SiteProcess site, string email)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(site.DataFolder, "knowledgebase.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(Attempts), 0) FROM OutgoingMails WHERE \"To\" = $to AND State = 'Pending'";
        command.Parameters.AddWithValue("$to", email);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

