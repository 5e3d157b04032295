using Microsoft.AspNetCore.Localization;
using KnowledgeBase.Web.Hosting;

namespace KnowledgeBase.Web.Features.Language;

public sealed class LanguageController : Controller
{
    /// <summary>
    /// Keeps the chosen language in the culture cookie and goes back to the page. A link, not a
    /// form: the switcher is on every page, and public pages are cached for every visitor, so
    /// they cannot hold an antiforgery token; choosing a language changes nothing of anyone's
    /// data, so there is nothing to forge (docs/decisions/009).
    /// </summary>
    [HttpGet("/langue")]
    public IActionResult Set(string? culture, string? returnUrl)
    {
        var chosen = KnowledgeBaseRegistration.Cultures.FirstOrDefault(c => c.Name == culture) ?? KnowledgeBaseRegistration.Cultures[0];
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.Length <= 2000 ? returnUrl : "/");
    }
}
