using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Cases.RestrictedCases;

/// <summary>
/// Management opens a restricted case only by naming it and saying why. The reason goes into the
/// audit trail, and that entry lets this manager read the case for <see cref="CaseAccess.RestrictedAccessWindow"/>.
/// </summary>
[Authorize(Roles = Roles.Management)]
public sealed class RestrictedCasesController(FormPost post) : Controller
{
    private const string FormView = "OpenRestricted";

    [HttpGet("RestrictedCases/Open")]
    public IActionResult Open() => View(FormView, new RestrictedCaseAccessForm());

    [HttpPost("RestrictedCases/Open")]
    public Task<IActionResult> Open(
        RestrictedCaseAccessForm form, [FromServices] IValidator<RestrictedCaseAccessForm> validator, [FromServices] OpenRestrictedCaseHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(f, ct),
            new("Cases.RestrictedAccess.Opened",
                Done: result => CasePage.Show(result.Id!.Value),
                Again: _ => Task.FromResult<IActionResult>(View(FormView, form))), ct);
}
