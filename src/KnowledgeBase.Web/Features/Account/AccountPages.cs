using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>
/// What the account pages share (they live under /compte, split by use case): whether the
/// visitor is signed in, a safe return address, and a service's errors put beside their fields.
/// </summary>
public abstract class AccountPages : Controller
{
    protected bool SignedIn => User.Identity?.IsAuthenticated == true;

    protected string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) && returnUrl.Length <= 2000 ? returnUrl : "/";

    /// <summary>Puts each error next to its field; true when there was any.</summary>
    protected bool AddErrors(IReadOnlyList<FieldError> errors, string? prefix = null)
    {
        foreach (var error in errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : ModelNames.CreatePropertyModelName(prefix, error.Field), error.Message);
        return errors.Count > 0;
    }
}
