using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// <c>create-admin EMAIL</c>: creates the account (or promotes an existing one) with the
/// Admin, Editor and Member roles and a confirmed address. A new account gets the password
/// of KB_ADMIN_PASSWORD when set, otherwise a generated one printed once.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "KB_ADMIN_PASSWORD";

    private static readonly string[] AdminRoles = [Roles.Member, Roles.Editor, Roles.Admin];

    // No look-alike characters (0/O, 1/l/I): the password is read from a terminal once.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static async Task<int> RunAsync(IServiceProvider services, string[] operands)
    {
        if (operands.Length != 1 || !new EmailAddressAttribute().IsValid(operands[0]))
        {
            Console.Error.WriteLine("Usage : create-admin ADRESSE@EXEMPLE.FR  (mot de passe : variable KB_ADMIN_PASSWORD, sinon généré)");
            return 2;
        }
        var email = operands[0].Trim();
        var users = services.GetRequiredService<UserManager<Member>>();
        var member = await users.FindByEmailAsync(email);
        string? generated = null;

        if (member is null)
        {
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(password)) password = generated = RandomNumberGenerator.GetString(Alphabet, 24);
            member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = email[..email.IndexOf('@')],
                CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            };
            if (!Succeeded(await users.CreateAsync(member, password))) return 1;
            Console.WriteLine($"Compte administrateur créé : {email}");
        }
        else
        {
            if (!member.EmailConfirmed)
            {
                member.EmailConfirmed = true;
                if (!Succeeded(await users.UpdateAsync(member))) return 1;
            }
            Console.WriteLine($"Compte existant promu administrateur : {email} (mot de passe inchangé)");
        }

        var missing = AdminRoles.Except(await users.GetRolesAsync(member)).ToList();
        if (missing.Count > 0 && !Succeeded(await users.AddToRolesAsync(member, missing))) return 1;
        if (generated is not null)
        {
            Console.WriteLine($"Mot de passe : {generated}");
            Console.WriteLine("Notez-le maintenant : il ne sera plus affiché. Changez-le ensuite depuis « Mon compte ».");
        }
        return 0;
    }

    private static bool Succeeded(IdentityResult result)
    {
        foreach (var error in result.Errors) Console.Error.WriteLine(error.Description);
        return result.Succeeded;
    }
}
