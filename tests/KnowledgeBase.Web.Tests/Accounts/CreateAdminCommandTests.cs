using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>
/// <c>create-admin EMAIL</c>, run as the real program (KnowledgeBase.Web.dll from the test
/// output) on the site's own database, then used to sign in.
/// </summary>
public abstract class CreateAdminCommandTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task Creates_an_administrator_with_a_generated_password_printed_once()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        var (exit, output, errors) = await Run(null, "create-admin", email);
        Assert.True(exit == 0, $"code {exit} : {output} {errors}");
        var password = Regex.Match(output, @"Mot de passe : (\S+)").Groups[1].Value;
        Assert.True(password.Length >= 20, output);

        var client = await SignIn.SignedInClient(site, new TestMember("", email, password, "", ""));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/membres")).StatusCode);
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var admin = await users.FindByEmailAsync(email);
        Assert.True(admin!.EmailConfirmed);
        Assert.Equal(new[] { Roles.Admin, Roles.Editor, Roles.Member }, (await users.GetRolesAsync(admin)).Order());
    }

    [Fact]
    public async Task Promotes_an_existing_member_and_takes_a_new_account_password_from_the_environment()
    {
        var member = await SignIn.CreateMember(site);
        var (exit, output, _) = await Run("une phrase de passe choisie par l'exploitant", "create-admin", member.Email);
        Assert.Equal(0, exit);
        Assert.Contains("mot de passe inchangé", output);
        Assert.DoesNotContain("Mot de passe :", output);
        var client = await SignIn.SignedInClient(site, member);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/membres")).StatusCode);

        var email = $"admin-{Guid.NewGuid():N}@example.org";
        (exit, output, _) = await Run("une phrase de passe choisie par l'exploitant", "create-admin", email);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Mot de passe :", output);
        await SignIn.SignedInClient(site, new TestMember("", email, "une phrase de passe choisie par l'exploitant", "", ""));
    }

    [Theory]
    [InlineData("pas-une-adresse")]
    [InlineData("")]
    public async Task Refuses_a_missing_or_invalid_address(string email)
    {
        var (exit, _, errors) = await Run(null, email.Length == 0 ? ["create-admin"] : ["create-admin", email]);
        Assert.Equal(2, exit);
        Assert.Contains("Usage", errors);
    }

    private async Task<(int Exit, string Output, string Errors)> Run(string? password, params string[] command)
    {
        site.CreateClient(); // the site is up: its database exists and is migrated
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(bin, "KnowledgeBase.Web.dll"));
        foreach (var word in command) start.ArgumentList.Add(word);
        foreach (var setting in new[]
        {
            $"--Database:Provider={site.Provider}",
            $"--KnowledgeBase:DataPath={site.DataFolder}",
            $"--KnowledgeBase:ContentPath={site.ContentFolder}",
            $"--KnowledgeBase:SearchIndexPath={site.SearchIndexFolder}",
        })
            start.ArgumentList.Add(setting);
        if (site.ServerConnectionString is { } connection) start.ArgumentList.Add($"--ConnectionStrings:{site.Provider}={connection}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        if (password is null) start.Environment.Remove(KnowledgeBase.Web.Hosting.CreateAdminCommand.PasswordVariable);
        else start.Environment[KnowledgeBase.Web.Hosting.CreateAdminCommand.PasswordVariable] = password;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }
}

public sealed class SqliteCreateAdminCommandTests(SqliteSite site) : CreateAdminCommandTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlCreateAdminCommandTests(PostgreSqlSite site) : CreateAdminCommandTests<PostgreSqlSite>(site);
