using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.Support;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.Web.Features.Services;

/// <summary>
/// Services given to the person of a case: logged by the team (also from the case page), corrected by their author
/// for 24 hours, amended afterwards; listed for everyone who reads the case, notes only for the team.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class ServicesController(FormPost post, ServicesPageQuery pages, AuditTrail audit) : Controller
{
    private const string Prefix = nameof(ServiceEntry.ServiceForm);

    [HttpGet("Cases/{caseId:guid}/Services")]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Index(Guid caseId, [FromQuery] ServicesFilter filter, CancellationToken ct) =>
        await pages.GetAsync(caseId, filter, User, ct) is { } page ? View(page) : NotFound();

    /// <summary>A new service or an amendment; from the case page (<paramref name="from"/> = case) it goes back there when done.</summary>
    [HttpPost("Cases/{caseId:guid}/Services")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Log(
        Guid caseId, [FromQuery] string? from, [Bind(Prefix = Prefix)] ServiceForm form, [FromServices] IValidator<ServiceForm> validator, [FromServices] LogServiceHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new PostEnd(
            "Services.Logged",
            Done: _ => from == "case" ? RedirectToAction("Details", "Cases", new { caseId }) : RedirectToAction(nameof(Index), new { caseId }),
            Again: async _ =>
            {
                if (await pages.GetAsync(caseId, new ServicesFilter(), User, ct) is not { } page)
                {
                    return NotFound();
                }

                await audit.RecordViewAsync(nameof(CaseFile), caseId, ct: ct);
                return View(nameof(Index), page.WithForm(form));
            },
            Prefix: Prefix), ct);

    [HttpGet("Cases/{caseId:guid}/Services/{serviceId:guid}")]
    [AuditView(nameof(CaseService), "serviceId")]
    public async Task<IActionResult> Edit(Guid caseId, Guid serviceId, CancellationToken ct) =>
        await pages.GetOneAsync(caseId, serviceId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Services/{serviceId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public Task<IActionResult> Correct(
        Guid caseId, Guid serviceId, [Bind(Prefix = Prefix)] ServiceForm form, [FromServices] IValidator<ServiceForm> validator, [FromServices] CorrectServiceHandler handler, CancellationToken ct) =>
        post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, serviceId, f, User, ct), new PostEnd(
            "Services.Corrected",
            Done: _ => RedirectToAction(nameof(Index), new { caseId }),
            Again: async _ =>
            {
                if (await pages.GetOneAsync(caseId, serviceId, User, ct) is not { } page)
                {
                    return NotFound();
                }

                await audit.RecordViewAsync(nameof(CaseService), serviceId, ct: ct);

                // The page carries the service's version as it is now: a stale correction is made again from there.
                ModelState.Remove($"{Prefix}.{nameof(ServiceForm.Version)}");
                form.Version = page.Entry.ServiceForm.Version;
                form.AmendsServiceId = page.Entry.ServiceForm.AmendsServiceId;
                return View(nameof(Edit), page.WithForm(form));
            },
            Prefix: Prefix), ct);
}
