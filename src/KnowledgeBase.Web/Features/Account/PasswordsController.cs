using KnowledgeBase.Web.Features.Shared;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>A forgotten password (emailed link, reset), the unlocking link, and a change by the signed-in member.</summary>
public sealed class PasswordsController(Passwords passwords, MemberSignIn signIn, IStringLocalizer<SharedResource> localizer)
    : AccountPages(localizer)
{
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
            ModelState.AddModelError("", T[AccountMessages.LinkExpired]);
        }
        return View(form);
    }

    [HttpPost("/compte/reinitialisation"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        if (!ModelState.IsValid) return View(form);
        if (AddErrors(await passwords.ResetAsync(form.Id, form.Code, form.Password))) return View(form);
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

    [Authorize, HttpGet("/compte/mot-de-passe")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [Authorize, HttpPost("/compte/mot-de-passe")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        var member = await signIn.CurrentAsync(User);
        if (member is null) return Challenge();
        if (!ModelState.IsValid || AddErrors(await passwords.ChangeAsync(member, form.CurrentPassword, form.Password))) return View(form);
        await signIn.RefreshAsync(member);
        TempData.SetFlash("Votre mot de passe est modifié.");
        return Redirect("/compte");
    }
}
