using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>Test-only pages that use <see cref="AuditViewAttribute"/> the way a case page will.</summary>
[AllowAnonymous]
public sealed class AuditedTestController : Controller
{
    [HttpGet("/__test/audited/{id:guid}")]
    [AuditView("TestRecord")]
    public IActionResult Show(Guid id) => id == Guid.Empty ? NotFound() : View("/Features/Errors/NotFound.cshtml", new TraffickingCare.Web.Features.Errors.ErrorViewModel(200, id.ToString()));
}
