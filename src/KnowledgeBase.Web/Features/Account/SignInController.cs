using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Sign-in and out, and the page of a member who lacks a role.</summary>
public sealed class SignInController(MemberSignIn signIn, IStringLocalizer<SharedResource> localizer) : AccountPages(localizer)
{
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
}
