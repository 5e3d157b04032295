using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// What the account pages share (they live under /compte, split by use case): whether the
/// visitor is signed in, a safe return address, and a service's errors put beside their fields,
/// in the visitor's language.
/// </summary>
public abstract class AccountPages(IStringLocalizer<SharedResource> localizer) : Controller
{
    protected IStringLocalizer<SharedResource> T { get; } = localizer;

    protected bool SignedIn => User.Identity?.IsAuthenticated == true;

    protected string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) && returnUrl.Length <= 2000 ? returnUrl : "/";

    /// <summary>Puts each error next to its field, in the visitor's language; true when there was any.</summary>
    protected bool AddErrors(IReadOnlyList<FieldError> errors, string? prefix = null)
    {
        // The account services speak French (AccountMessages); Identity's own errors come
        // already translated by FrenchIdentityErrorDescriber and pass through unchanged.
        foreach (var error in errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : ModelNames.CreatePropertyModelName(prefix, error.Field), T[error.Message]);
        return errors.Count > 0;
    }
}
