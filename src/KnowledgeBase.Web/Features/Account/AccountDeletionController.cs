using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>A member deletes their own account.</summary>
public sealed class AccountDeletionController(AccountDeletion deletion, MemberSignIn signIn, IStringLocalizer<SharedResource> T) : Controller
{
    [Authorize, HttpGet("/compte/suppression")]
    public IActionResult Delete() => View(new DeleteAccountForm());

    [Authorize, HttpPost("/compte/suppression")]
    public async Task<IActionResult> Delete(DeleteAccountForm form)
    {
        var member = await signIn.CurrentAsync(User);
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
}
