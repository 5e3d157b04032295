using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// The account pages under /compte: sign-up and confirmation, sign-in and out, forgotten
/// password, the member's own page, password change and account deletion.
/// </summary>
public sealed class AccountController(
    UserManager<Member> users,
    MemberSignIn signIn,
    Registration registration,
    Passwords passwords,
    Profiles profiles,
    AccountDeletion deletion,
    KeptForms keptForms,
    IStringLocalizer<SharedResource> T) : Controller
{
    // --- Sign-up and confirmation -------------------------------------------------------

    [HttpGet("/compte/inscription")]
    public IActionResult SignUp() => SignedIn ? Redirect("/compte") : View(new SignUpForm());

    [HttpPost("/compte/inscription"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> SignUp(SignUpForm form)
    {
        if (!ModelState.IsValid) return View(form);
        if (AddErrors(await registration.SignUpAsync(form))) return View(form);
        return Redirect("/compte/courriel-envoye?motif=inscription");
    }

    /// <summary>The same answer whether or not the address has an account.</summary>
    [HttpGet("/compte/courriel-envoye")]
    public IActionResult EmailSent(string? motif) =>
        View("EmailSent", motif is "inscription" or "mot-de-passe" ? motif : "confirmation");

    [HttpGet("/compte/confirmation")]
    public async Task<IActionResult> Confirm(string? id, string? code)
    {
        var confirmed = await registration.ConfirmAsync(id, code);
        if (!confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Confirmed", confirmed);
    }

    [HttpGet("/compte/renvoyer-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailForm());

    [HttpPost("/compte/renvoyer-confirmation"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> ResendConfirmation(EmailForm form)
    {
        if (!ModelState.IsValid) return View(form);
        await registration.ResendConfirmationAsync(form.Email);
        return Redirect("/compte/courriel-envoye?motif=confirmation");
    }

    // --- Sign-in and out ----------------------------------------------------------------

    [HttpGet("/compte/connexion")]
    public IActionResult SignIn(string? returnUrl) =>
        SignedIn ? LocalRedirect(LocalOrHome(returnUrl)) : View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("/compte/connexion"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid) return View(form);
        switch (await signIn.SignInAsync(form.Email, form.Password, form.RememberMe))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(LocalOrHome(form.ReturnUrl));
            case SignInOutcome.ClientLockedOut:
                ModelState.AddModelError("", T["Trop de tentatives infructueuses depuis cet appareil : la connexion à ce compte y est bloquée pendant {0} minutes. Réessayez plus tard, ou choisissez un nouveau mot de passe.",
                    (int)Math.Ceiling(signIn.ClientLockoutDuration.TotalMinutes)]);
                break;
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("", T["Trop de tentatives infructueuses : ce compte est bloqué pendant {0} minutes. Si c'est le vôtre, le courriel qui vient de vous être envoyé permet de le débloquer tout de suite.",
                    (int)Math.Ceiling(signIn.LockoutDuration.TotalMinutes)]);
                break;
            case SignInOutcome.EmailNotConfirmed:
                ModelState.AddModelError("", T["Confirmez d'abord votre adresse électronique en suivant le lien du courriel reçu à l'inscription."]);
                break;
            default:
                ModelState.AddModelError("", T["Adresse électronique ou mot de passe incorrect."]);
                break;
        }
        return View(form);
    }

    [HttpPost("/compte/deconnexion")]
    public async Task<IActionResult> SignOutMember()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    /// <summary>Where the cookie handler sends a signed-in member who lacks a role.</summary>
    [HttpGet("/compte/acces-refuse")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    // --- Forgotten password ---------------------------------------------------------------

    [HttpGet("/compte/mot-de-passe-oublie")]
    public IActionResult ForgotPassword() => View(new EmailForm());

    [HttpPost("/compte/mot-de-passe-oublie"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> ForgotPassword(EmailForm form)
    {
        if (!ModelState.IsValid) return View(form);
        await passwords.RequestResetAsync(form.Email);
        return Redirect("/compte/courriel-envoye?motif=mot-de-passe");
    }

    [HttpGet("/compte/reinitialisation")]
    public async Task<IActionResult> ResetPassword(string? id, string? code)
    {
        var form = new ResetPasswordForm { Id = id ?? "", Code = code ?? "", LinkExpired = !await passwords.IsValidLinkAsync(id, code) };
        if (form.LinkExpired)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError("", T["Ce lien n'est plus valable : demandez-en un nouveau."]);
        }
        return View(form);
    }

    [HttpPost("/compte/reinitialisation"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        if (!ModelState.IsValid) return View(form);
        if (AddErrors(await passwords.ResetAsync(form))) return View(form);
        return Redirect("/compte/mot-de-passe-modifie");
    }

    /// <summary>The link mailed when an account gets locked: unlocks it at once.</summary>
    [HttpGet("/compte/deblocage")]
    public async Task<IActionResult> Unlock(string? id, string? code)
    {
        var unlocked = await passwords.UnlockAsync(id, code);
        if (!unlocked) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Unlocked", unlocked);
    }

    [HttpGet("/compte/mot-de-passe-modifie")]
    public IActionResult PasswordResetDone() => View();

    // --- The member's own account -----------------------------------------------------------

    [Authorize, HttpGet("/compte")]
    public async Task<IActionResult> Index()
    {
        var member = await users.GetUserAsync(User);
        return member is null ? Challenge() : View(await AccountPage(member, ProfileForm.From(member)));
    }

    [Authorize, HttpPost("/compte")]
    public async Task<IActionResult> Index([Bind(Prefix = "Profile")] ProfileForm form)
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge();
        if (ModelState.IsValid && !AddErrors(await profiles.UpdateAsync(member, form), "Profile"))
        {
            TempData.SetFlash("Vos informations sont enregistrées.");
            return Redirect("/compte");
        }
        return View(await AccountPage(member, form));
    }

    [Authorize, HttpGet("/compte/mot-de-passe")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [Authorize, HttpPost("/compte/mot-de-passe")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge();
        if (!ModelState.IsValid || AddErrors(await passwords.ChangeAsync(member, form))) return View(form);
        await signIn.RefreshAsync(member);
        TempData.SetFlash("Votre mot de passe est modifié.");
        return Redirect("/compte");
    }

    [Authorize, HttpGet("/compte/suppression")]
    public IActionResult Delete() => View(new DeleteAccountForm());

    [Authorize, HttpPost("/compte/suppression")]
    public async Task<IActionResult> Delete(DeleteAccountForm form)
    {
        var member = await users.GetUserAsync(User);
        if (member is null) return Challenge();
        if (!ModelState.IsValid) return View(form);
        switch (await deletion.DeleteAsync(member, form.Password))
        {
            case AccountDeletionOutcome.WrongPassword:
                ModelState.AddModelError(nameof(form.Password), T["Mot de passe incorrect."]);
                return View(form);
            case AccountDeletionOutcome.LastAdministrator:
                ModelState.AddModelError("", T["Vous êtes le seul administrateur : donnez d'abord ce rôle à un autre membre."]);
                return View(form);
        }
        await signIn.SignOutAsync();
        return Redirect("/compte/compte-supprime");
    }

    [HttpGet("/compte/compte-supprime")]
    public IActionResult Deleted() => View();

    // --- A form kept when the session had ended ---------------------------------------------

    [Authorize, HttpGet(KeptForms.PagePrefix + "{id}")]
    public async Task<IActionResult> Kept(string id) =>
        await keptForms.FindAsync(id, HttpContext) is { } kept ? View("Kept", kept) : NotFound();

    [Authorize, HttpPost(KeptForms.PagePrefix + "{id}/abandon")]
    public async Task<IActionResult> AbandonKept(string id)
    {
        await keptForms.DiscardAsync(id, HttpContext);
        TempData.SetFlash("La saisie conservée est abandonnée.");
        return Redirect("/compte");
    }

    // ------------------------------------------------------------------------------------------

    private bool SignedIn => User.Identity?.IsAuthenticated == true;

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) && returnUrl.Length <= 2000 ? returnUrl : "/";

    private async Task<AccountPageViewModel> AccountPage(Member member, ProfileForm form) =>
        new(member, [.. await users.GetRolesAsync(member)], form);

    /// <summary>Puts each error next to its field; true when there was any.</summary>
    private bool AddErrors(IReadOnlyList<FieldError> errors, string? prefix = null)
    {
        foreach (var error in errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : ModelNames.CreatePropertyModelName(prefix, error.Field), error.Message);
        return errors.Count > 0;
    }
}
