using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>A member created for a test, with the password to sign in.</summary>
public sealed record TestMember(string Id, string Email, string Password, string DisplayName, string Organisation);

/// <summary>
/// Members for tests: created directly (confirmed address) through UserManager, then signed in
/// through the real sign-in form, so that the client carries a real session cookie.
/// </summary>
/// <example><code>var editor = await SignIn.SignedInClient(site, Roles.Editor);</code></example>
public static class SignIn
{
    public const string Password = "une phrase de passe pour les tests";

    /// <summary>A client signed in as a new member with <paramref name="role"/> (and Member).</summary>
    public static async Task<HttpClient> SignedInClient(SiteFactory site, string role = Roles.Member) =>
        await SignedInClient(site, await CreateMember(site, role));

    /// <summary>A client signed in as <paramref name="member"/>; redirects are not followed.</summary>
    public static async Task<HttpClient> SignedInClient(SiteFactory site, TestMember member)
    {
        var client = site.NewClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await Submit(client, member.Email, member.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Connexion de {member.Email} refusée : {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>A confirmed member with the given roles plus Member; unique address.</summary>
    public static async Task<TestMember> CreateMember(SiteFactory site, params string[] roles)
    {
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var email = $"membre-{Guid.NewGuid():N}@example.org";
        var member = new Member
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Camille Test " + email[7..13],
            Organisation = "CCAS de Testville",
            OrganisationType = "commune-ccas",
            RegionCode = "84",
            DepartementCode = "69",
            CreatedAt = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(member, Password));
        Check(await users.AddToRolesAsync(member, roles.Append(Roles.Member).Distinct()));
        return new TestMember(member.Id, email, Password, member.DisplayName, member.Organisation);
    }

    /// <summary>Posts the sign-in form (with its antiforgery token) and returns the answer.</summary>
    public static Task<HttpResponseMessage> Submit(HttpClient client, string email, string password, string? returnUrl = null) =>
        Forms.Submit(client, "/compte/connexion" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)),
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
