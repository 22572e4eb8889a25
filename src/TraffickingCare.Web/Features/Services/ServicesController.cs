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
/// Services given to the person of a case: logged by the team on the services page, corrected by their author
/// for 24 hours, amended afterwards; listed for everyone who reads the case, notes only for the team.
/// </summary>
[Authorize(Policy = Policies.CaseReaders)]
public sealed class ServicesController(FormPost post, ServicesPageQuery pages, AuditTrail audit) : Controller
{
    private const string Prefix = nameof(ServiceEntry.ServiceForm);

    [HttpGet("Cases/{caseId:guid}/Services")]
    [AuditView(nameof(CaseFile), "caseId")]
    public async Task<IActionResult> Index(Guid caseId, [FromQuery] ServicesFilter filter, [FromServices] IValidator<ServicesFilter> validator, CancellationToken ct)
    {
        if (await pages.GetAsync(caseId, filter, User, ct) is not { } page)
        {
            return NotFound();
        }

        var filtered = await validator.ValidateAsync(filter, ct);
        return View(page with { FilterErrors = filtered.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage) });
    }

    /// <summary>A new service or an amendment, from the services page; back there when done.</summary>
    /// <remarks>A large directory's partner search posts the form too (<c>findPartners</c>): nothing is saved, the form comes back as typed.</remarks>
    [HttpPost("Cases/{caseId:guid}/Services")]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Log(
        Guid caseId, [Bind(Prefix = Prefix)] ServiceForm form, string? findPartners, [FromServices] IValidator<ServiceForm> validator, [FromServices] LogServiceHandler handler, CancellationToken ct)
    {
        form.HeldTypeCode = await pages.HeldTypeAsync(caseId, form.AmendsServiceId, ct);
        return findPartners is not null
            ? await LogAgainAsync(caseId, form, ct)
            : await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, f, User, ct), new PostEnd(
                "Services.Logged",
                Done: _ => RedirectToAction(nameof(Index), new { caseId }),
                Again: _ => LogAgainAsync(caseId, form, ct),
                Prefix: Prefix), ct);
    }

    [HttpGet("Cases/{caseId:guid}/Services/{serviceId:guid}")]
    [AuditView(nameof(CaseService), "serviceId")]
    public async Task<IActionResult> Edit(Guid caseId, Guid serviceId, CancellationToken ct) =>
        await pages.GetOneAsync(caseId, serviceId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("Cases/{caseId:guid}/Services/{serviceId:guid}")]
    [Authorize(Policy = Policies.CaseEditors)]
    public async Task<IActionResult> Correct(
        Guid caseId, Guid serviceId, [Bind(Prefix = Prefix)] ServiceForm form, string? findPartners, [FromServices] IValidator<ServiceForm> validator, [FromServices] CorrectServiceHandler handler, CancellationToken ct)
    {
        form.HeldTypeCode = await pages.HeldTypeAsync(caseId, serviceId, ct);
        return findPartners is not null
            ? await CorrectAgainAsync(caseId, serviceId, form, keepVersion: true, ct)
            : await post.EndAsync(this, form, validator, f => handler.HandleAsync(caseId, serviceId, f, User, ct), new PostEnd(
                "Services.Corrected",
                Done: _ => RedirectToAction(nameof(Index), new { caseId }),
                Again: r => CorrectAgainAsync(caseId, serviceId, form, keepVersion: r is not { IsConflict: true }, ct),
                Prefix: Prefix), ct);
    }

    private async Task<IActionResult> LogAgainAsync(Guid caseId, ServiceForm form, CancellationToken ct)
    {
        if (await pages.GetAsync(caseId, new ServicesFilter(), User, ct, form) is not { } page)
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(CaseFile), caseId, ct: ct);
        return View(nameof(Index), page);
    }

    /// <param name="keepVersion">
    /// A search, and a refusal of what was typed, keep the version the page was opened with, so a change made meanwhile is
    /// still caught; after a conflict the page carries the service's version as it is now. A correction refused because
    /// the service's 24 hours ran out meanwhile comes back as what the refusal asks for: an amendment of it, as typed.
    /// </param>
    private async Task<IActionResult> CorrectAgainAsync(Guid caseId, Guid serviceId, ServiceForm form, bool keepVersion, CancellationToken ct)
    {
        if (await pages.GetOneAsync(caseId, serviceId, User, ct, form) is not { } page)
        {
            return NotFound();
        }

        await audit.RecordViewAsync(nameof(CaseService), serviceId, ct: ct);
        if (!keepVersion || page.Entry.CorrectsServiceId is null)
        {
            // A stale correction is made again from the page as the service is now (an amendment is a new record, version 0).
            ModelState.Remove($"{Prefix}.{nameof(ServiceForm.Version)}");
            ModelState.Remove($"{Prefix}.{nameof(ServiceForm.AmendsServiceId)}");
            form.Version = page.Entry.ServiceForm.Version;
            form.AmendsServiceId = page.Entry.ServiceForm.AmendsServiceId;
        }

        return View(nameof(Edit), page.WithForm(form));
    }
}
