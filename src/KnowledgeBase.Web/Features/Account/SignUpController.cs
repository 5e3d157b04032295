using Microsoft.Extensions.Localization;
using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>Sign-up and the confirmation of the address, under /compte.</summary>
public sealed class SignUpController(Registration registration, IStringLocalizer<SharedResource> localizer) : AccountPages(localizer)
{
    [HttpGet("/compte/inscription")]
    public IActionResult SignUp() => SignedIn ? Redirect("/compte") : View(new SignUpForm());

    [HttpPost("/compte/inscription"), EnableRateLimiting(RateLimitPolicies.Accounts)]
    public async Task<IActionResult> SignUp(SignUpForm form)
    {
        if (!ModelState.IsValid) return View(form);
        if (AddErrors(await registration.SignUpAsync(form.Email, form.Password, form.ToProfile()))) return View(form);
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
}
