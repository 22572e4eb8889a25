using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Localization;

namespace TraffickingCare.Web.Features.Language;

[AllowAnonymous]
[AllowWithoutTwoFactor]
public sealed class LanguageController(TimeProvider clock) : Controller
{
    /// <summary>Remembers the chosen language in the standard culture cookie for a year.</summary>
    [HttpPost]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (!Cultures.Names.Contains(culture))
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
