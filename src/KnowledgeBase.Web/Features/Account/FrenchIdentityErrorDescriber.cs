using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Identity's messages in French (English through SharedResource when chosen).</summary>
public sealed class FrenchIdentityErrorDescriber(IStringLocalizer<SharedResource> T) : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), T["Une erreur inattendue s'est produite."]);
    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), T["Le compte a été modifié entre-temps : rechargez la page et recommencez."]);
    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), T["Mot de passe incorrect."]);
    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), T["Ce lien n'est plus valable : demandez-en un nouveau."]);
    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), T["Ce code de récupération n'est pas valable."]);
    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), T["Cette connexion externe est déjà associée à un compte."]);
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), T["Cet identifiant n'est pas valable."]);
    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), T["Cette adresse électronique n'est pas valable."]);
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), T["Cet identifiant est déjà utilisé."]);
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), T["Cette adresse électronique est déjà utilisée."]);
    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), T["Ce nom de rôle n'est pas valable."]);
    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), T["Ce rôle existe déjà."]);
    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), T["Ce compte a déjà un mot de passe."]);
    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), T["Le verrouillage n'est pas activé pour ce compte."]);
    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), T["Ce compte a déjà le rôle {0}.", role]);
    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), T["Ce compte n'a pas le rôle {0}.", role]);
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), T["Le mot de passe doit contenir au moins {0} caractères.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), T["Le mot de passe doit contenir au moins {0} caractères différents.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), T["Le mot de passe doit contenir au moins un caractère spécial."]);
    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), T["Le mot de passe doit contenir au moins un chiffre."]);
    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), T["Le mot de passe doit contenir au moins une minuscule."]);
    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), T["Le mot de passe doit contenir au moins une majuscule."]);
}
