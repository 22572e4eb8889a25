using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Errors;

/// <summary>Friendly, localized error pages. They never show an exception: its text may hold personal data.</summary>
[AllowAnonymous]
[AllowWithoutTwoFactor]
[Route("Error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("")]
    public IActionResult Error() => StatusView(StatusCodes.Status500InternalServerError);

    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode) => StatusView(statusCode);

    private ViewResult StatusView(int statusCode)
    {
        Response.StatusCode = statusCode;
        var view = statusCode switch
        {
            404 => "NotFound",
            403 => "Forbidden",
            _ => "Error",
        };
        return View(view, new ErrorViewModel(statusCode, HttpContext.TraceIdentifier));
    }
}
