using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>Test-only endpoint, added to a factory on request, to prove what a user sees when the app fails.</summary>
[AllowAnonymous]
public sealed class ThrowingController : Controller
{
    public const string Secret = "Osetljiva-Vrednost-Marija-Tajnić";

    [HttpGet("/__test/throw")]
    public IActionResult Throw() => throw new InvalidOperationException($"Failure while handling {Secret}");
}
