using System.ComponentModel.DataAnnotations;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KnowledgeBase.Web.Features.Account;

// Form models. Error messages are French keys of SharedResource (data-annotations localization).
// Passwords are never sent back to the browser; everything else is re-displayed on errors.

/// <summary>The professional context shared by the sign-up form and the account page.</summary>
public class ProfileForm
{
    [Required(ErrorMessage = "Indiquez votre nom.")]
    [StringLength(100, ErrorMessage = "Le nom ne doit pas dépasser 100 caractères.")]
    [SingleLine]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Indiquez votre structure.")]
    [StringLength(300, ErrorMessage = "Le nom de la structure ne doit pas dépasser 300 caractères.")]
    [SingleLine]
    public string Organisation { get; set; } = "";

    [Required(ErrorMessage = "Choisissez le type de structure.")]
    public string OrganisationType { get; set; } = "";

    public string? RegionCode { get; set; }
    public string? DepartementCode { get; set; }

    public static ProfileForm From(Member member) => new()
    {
        DisplayName = member.DisplayName,
        Organisation = member.Organisation ?? "",
        OrganisationType = member.OrganisationType ?? "",
        RegionCode = member.RegionCode,
        DepartementCode = member.DepartementCode,
    };

    /// <summary>What the account services check and save.</summary>
    public MemberProfile ToProfile() => new()
    {
        DisplayName = DisplayName,
        Organisation = Organisation,
        OrganisationType = OrganisationType,
        RegionCode = RegionCode,
        DepartementCode = DepartementCode,
    };
}

/// <summary>
/// The profile, an address and a new password typed twice. The password fields take their
/// rules from <see cref="NewPasswordForm"/> (MVC reads them there by property name), so that
/// they are written once: the form cannot inherit both.
/// </summary>
[ModelMetadataType(typeof(NewPasswordForm))]
public sealed class SignUpForm : ProfileForm
{
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valable.")]
    [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string PasswordConfirmation { get; set; } = "";
}

public sealed class SignInForm
{
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Indiquez votre mot de passe.")]
    [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>An email address alone: forgotten password, new confirmation link.</summary>
public sealed class EmailForm
{
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valable.")]
    [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
    public string Email { get; set; } = "";
}

/// <summary>A new password typed twice: resetting a forgotten one, or changing it.</summary>
public abstract class NewPasswordForm
{
    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Saisissez le mot de passe une seconde fois.")]
    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    [DataType(DataType.Password)]
    public string PasswordConfirmation { get; set; } = "";
}

public sealed class ResetPasswordForm : NewPasswordForm
{
    public string Id { get; set; } = "";
    public string Code { get; set; } = "";

    /// <summary>The emailed link no longer works: the page offers a new one instead of the form.</summary>
    [BindNever]
    public bool LinkExpired { get; set; }
}

public sealed class ChangePasswordForm : NewPasswordForm
{
    [Required(ErrorMessage = "Indiquez votre mot de passe actuel.")]
    [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";
}

public sealed class DeleteAccountForm
{
    [Required(ErrorMessage = "Indiquez votre mot de passe.")]
    [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}

/// <summary>The account page: who is signed in and the profile form.</summary>
public sealed record AccountPageViewModel(Member Member, IReadOnlyList<string> Roles, ProfileForm Profile);
