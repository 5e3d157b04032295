using Microsoft.Extensions.Localization;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>The member's own page (/compte): their profile and roles.</summary>
public sealed class ProfileController(UserManager<Member> users, Profiles profiles, IStringLocalizer<SharedResource> localizer)
    : AccountPages(localizer)
{
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
        if (ModelState.IsValid && !AddErrors(await profiles.UpdateAsync(member, form.ToProfile()), "Profile"))
        {
            TempData.SetFlash("Vos informations sont enregistrées.");
            return Redirect("/compte");
        }
        return View(await AccountPage(member, form));
    }

    private async Task<AccountPageViewModel> AccountPage(Member member, ProfileForm form) =>
        new(member, [.. await users.GetRolesAsync(member)], form);
}
